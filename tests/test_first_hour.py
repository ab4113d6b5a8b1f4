"""Mistakes a new user makes are reported at the line that made them, in the caller's own words."""

from __future__ import annotations

import pytest

from peaq_os_sdk.orchestration import DelegationPolicy, OrchestrationValidationError, flows
from tests.conftest import run
from tests.world import AGENT_KEY, CONTROLLER_KEY

BAD_KEYS = ["0x1234", "not-a-key", "0x" + "00" * 32, "0x" + "ff" * 32, 42]


@pytest.mark.parametrize("bad", BAD_KEYS, ids=repr)
def test_flows_report_a_bad_key_under_the_argument_name_before_any_request(world, mock, make_aclient, bad):
    c = world.client
    m = world.active_machine()
    pairing = flows.pair_agent(c, m.id, agent_key=AGENT_KEY, agent_provider="openai", agent_role="buyer")
    seen = len(mock.requests)
    calls = {
        "controller_key": lambda: flows.register_machine(
            c, identity_ref=world.identity(), controller_key=bad, display_name="r", owner_id="o",
            machine_type="robot", runtime_profile="linux",
        ),
        "agent_key": lambda: flows.pair_agent(c, m.id, agent_key=bad, agent_provider="openai", agent_role="buyer"),
        "agent_key (rotate)": lambda: flows.rotate_session(c, pairing, agent_key=bad),
        "agent_key (policy)": lambda: flows.update_delegation_policy(
            c, pairing, DelegationPolicy(per_transaction_limit=1.0), agent_key=bad
        ),
    }
    for label, call in calls.items():
        with pytest.raises(OrchestrationValidationError) as info:
            call()
        assert info.value.field == label.split()[0], label
        assert "private_key" not in str(info.value)
    assert len(mock.requests) == seen, "a bad key must be refused before anything is sent"

    async def go() -> None:
        async with make_aclient() as ac:
            with pytest.raises(OrchestrationValidationError) as info:
                await flows.apair_agent(ac, m.id, agent_key=bad, agent_provider="openai", agent_role="buyer")
            assert info.value.field == "agent_key"
            with pytest.raises(OrchestrationValidationError) as info:
                await flows.aregister_machine(
                    ac, identity_ref="did:peaq:1", controller_key=bad, display_name="r", owner_id="o",
                    machine_type="robot", runtime_profile="linux",
                )
            assert info.value.field == "controller_key"

    run(go())
    assert len(mock.requests) == seen


def test_a_good_controller_key_still_registers(world):
    m = flows.register_machine(world.client, identity_ref=world.identity(), controller_key=CONTROLLER_KEY,
                               display_name="r", owner_id="o", machine_type="robot", runtime_profile="linux")
    assert m.status == "active"


def test_the_mock_without_its_extra_names_the_extra_to_install(tmp_path):
    """An interpreter with only the package (no site-packages): importing the simulator says what to install."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    import peaq_os_sdk

    shutil.copytree(Path(peaq_os_sdk.__file__).parent, tmp_path / "peaq_os_sdk", symlinks=False)
    proc = subprocess.run(
        [sys.executable, "-S", "-c", f"import sys; sys.path.insert(0, {str(tmp_path)!r}); import peaq_os_sdk.mock"],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 1
    assert "pip install 'peaq-os-sdk[mock]'" in proc.stderr and "ModuleNotFoundError" in proc.stderr, proc.stderr


def test_an_orchestration_url_ending_in_the_api_base_path_is_fixed_with_a_warning(mock):
    from peaq_os_sdk import PeaqosClient

    for given in (mock.url + "/api/v1", mock.url + "/api/v1/"):
        with pytest.warns(UserWarning, match=r"ends with /api/v1, which the SDK adds"):
            client = PeaqosClient(orchestration_url=given)
            page = client.orchestration.list_machines()
        assert page.items == ()
        assert mock.requests[-1]["path"] == "/api/v1/machines"  # not /api/v1/api/v1/machines
        client.close()


@pytest.mark.parametrize(
    ("url", "named"),
    [
        ("http://127.0.0.1:9", "http://127.0.0.1:9"),
        ("http://127.0.0.1:9/some/prefix", "http://127.0.0.1:9"),
        ("http://[::1]:9", "http://[::1]:9"),
    ],
)
def test_a_network_error_names_scheme_host_and_port(url, named):
    from peaq_os_sdk import PeaqosClient
    from peaq_os_sdk.orchestration import OrchestrationNetworkError

    client = PeaqosClient(orchestration_url=url, max_retries=0)
    with pytest.raises(OrchestrationNetworkError) as info:
        client.orchestration.list_machines()
    message = str(info.value)
    assert f" to {named} " in message, message
    assert "prefix" not in message.split(" to ", 1)[1]  # the base path is never shown
    client.close()
