from peaq_os_sdk.orchestration import MarketSearchRequest


def test_world_builds_active_machine_and_pairing(world):
    m = world.active_machine()
    assert m.status == "active"
    p, token = world.pairing(m)
    assert p.status == "active" and token.count(".") == 2
    s = world.o.search_market(MarketSearchRequest(machine_id=m.id, agent_pairing_id=p.id, service_type="defi"), token)
    assert s.item.status == "completed" and s.item.quotes
    req = world.last_request("searchMarket")
    assert req["headers"]["x-agent-pairing-token"] == token
