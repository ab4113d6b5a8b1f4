"""The ``peaqos`` pytest plugin, tested the way users meet it: inner pytest runs through ``pytester``."""

from __future__ import annotations

import sys

import pytest

from peaq_os_sdk.mock import MockConfig, MockServer

MACHINE = "CreateMachineRequest(display_name='r', owner_id='0xo', machine_type='robot', runtime_profile='linux-docker')"


def test_each_fixture_and_the_reset_between_tests(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import asyncio

        import httpx
        import pytest

        from peaq_os_sdk.mock import MockServer

        SEEN = {}

        def test_session_server(peaqos_mock_server):
            assert isinstance(peaqos_mock_server, MockServer)
            assert httpx.get(peaqos_mock_server.url + "/health").json() == {"ok": True}
            SEEN["server"] = peaqos_mock_server

        @pytest.mark.peaqos_mock(require_api_auth=True, api_keys=["k-a"])
        def test_a_writes(peaqos_mock, peaqos_client, peaqos_mock_server):
            assert peaqos_mock_server is SEEN["server"]  # one simulator per session
            assert peaqos_mock.url == peaqos_mock_server.url and peaqos_mock.server is peaqos_mock_server
            peaqos_mock.register_identity(7, ["0x" + "11" * 20])
            SEEN["later"] = peaqos_mock.advance_clock(7200)
            assert peaqos_client.orchestration.list_machines().items == ()
            assert [r["operationId"] for r in peaqos_mock.requests] == ["listMachines"]
            assert httpx.get(peaqos_mock.url + "/api/v1/machines").status_code == 401  # the marker's switch

        def test_b_starts_fresh(peaqos_mock, peaqos_client):
            assert httpx.get(peaqos_mock.url + "/_mock/identities").json()["items"] == []
            assert peaqos_mock.advance_clock(0) < SEEN["later"]  # the clock is back (same ISO format)
            assert peaqos_mock.requests == []
            # the default switches are back: no API key needed
            assert httpx.get(peaqos_mock.url + "/api/v1/machines").status_code == 200
            assert peaqos_client.api_key is None

        def test_async_client(peaqos_async_client, peaqos_mock):
            async def go():
                return await peaqos_async_client.orchestration.list_machines()

            assert asyncio.run(go()).items == ()
            assert peaqos_async_client.orchestration_url == peaqos_mock.url

        @pytest.mark.anyio
        async def test_async_client_in_the_tests_loop(peaqos_async_client):
            assert (await peaqos_async_client.orchestration.list_machines()).items == ()
        """
    )
    result = pytester.runpytest_inprocess(
        "-p", "no:cacheprovider", "-W", "error::pytest.PytestUnraisableExceptionWarning"
    )
    result.assert_outcomes(passed=5)


def test_marker_configures_switches_catalogue_and_faults(pytester: pytest.Pytester) -> None:
    pytester.makefile(
        ".json",
        catalogue='{"skills": [], "services": []}',
    )
    pytester.makepyfile(
        """
        import httpx
        import pytest

        pytestmark = pytest.mark.peaqos_mock(require_api_auth=True, api_keys=["k-module"])

        @pytest.mark.peaqos_mock(api_keys=["k-1", "k-2"])
        def test_closest_marker_wins(peaqos_mock, peaqos_client):
            assert peaqos_mock.api_key == "k-1" and peaqos_client.api_key == "k-1"
            assert peaqos_client.orchestration.list_machines().items == ()
            assert httpx.get(peaqos_mock.url + "/api/v1/machines").status_code == 401  # module marker still on

        def test_module_marker(peaqos_mock):
            assert httpx.get(peaqos_mock.url + "/api/v1/machines", headers={"x-api-key": "k-module"}).status_code == 200

        @pytest.mark.peaqos_mock(require_api_auth=False, catalogue="catalogue.json", faults={"mcrUnavailable": True})
        def test_catalogue_and_faults(peaqos_mock, peaqos_client):
            assert peaqos_client.orchestration.list_skills().items == ()
            assert peaqos_mock.set_faults().mcr_unavailable is True
            assert peaqos_mock.set_faults(mcr_unavailable=False) == type(peaqos_mock.set_faults())(False, False)

        @pytest.mark.peaqos_mock(require_api_auth=False)
        def test_back_to_the_bundled_catalogue_and_no_faults(peaqos_mock, peaqos_client):
            assert peaqos_client.orchestration.list_skills().items
            assert peaqos_mock.set_faults().mcr_unavailable is False

        @pytest.mark.peaqos_mock(require_api_auth=False, transport_faults=[{"method": "GET", "path": "/machines", "status": 503}])
        def test_transport_faults(peaqos_mock):
            codes = [httpx.get(peaqos_mock.url + "/api/v1/machines").status_code for _ in range(2)]
            assert codes == [503, 200]

        @pytest.mark.peaqos_mock(no_such_switch=True)
        def test_unknown_switch(peaqos_mock):
            pass
        """
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=5, errors=1)
    assert "unknown switch(es) ['no_such_switch']" in result.stdout.str()


@pytest.mark.parametrize("how", ["option", "env", "ini"])
def test_external_simulator(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    pytester.makepyfile(
        """
        import os
        import pytest

        def test_uses_it(peaqos_mock, peaqos_client):
            assert peaqos_mock.server is None and peaqos_mock.url == os.environ["OUTER_URL"]
            assert peaqos_client.orchestration.list_machines().items == ()

        @pytest.mark.peaqos_mock(require_api_auth=True)
        def test_switches_need_in_process(peaqos_mock):
            pass

        @pytest.mark.peaqos_mock(faults={"rpcError": True})
        def test_faults_apply(peaqos_mock):
            assert peaqos_mock.set_faults().rpc_error is True
        """
    )
    with MockServer(MockConfig()) as outer:
        monkeypatch.setenv("OUTER_URL", outer.url)
        args = ["-p", "no:cacheprovider", "-rs"]
        if how == "option":
            args.append(f"--peaqos-mock-url={outer.url}")
        elif how == "env":
            monkeypatch.setenv("PEAQOS_MOCK_URL", outer.url)
        else:
            pytester.makeini(f"[pytest]\npeaqos_mock_url = {outer.url}\n")
        result = pytester.runpytest_inprocess(*args)
        result.assert_outcomes(passed=2, skipped=1)
        assert "switches ['require_api_auth'] need the in-process simulator" in result.stdout.str()
        assert outer.store.faults["rpcError"] is True  # the inner run's last test set it on this simulator


def test_fixtures_skip_with_an_install_hint_without_the_extra(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makepyfile(
        """
        def test_client(peaqos_client):
            raise AssertionError("not reached")

        def test_plain():
            pass
        """
    )
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # as if the mock extra were not installed
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-rs")
    result.assert_outcomes(passed=1, skipped=1)
    assert "pip install 'peaq-os-sdk[mock]' (uvicorn is not installed)" in result.stdout.str()


def test_loads_lazily_nothing_autouse_and_opt_out(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import sys
        import threading

        def test_plugin_loaded_without_the_simulator(pytestconfig):
            assert pytestconfig.pluginmanager.has_plugin("peaqos")
            heavy = [m for m in ("starlette", "uvicorn", "peaq_os_sdk.mock") if m in sys.modules]
            assert not heavy, heavy
            assert not [t for t in threading.enumerate() if t.name == "peaqos-mock"]  # nothing autouse started one
        """
    )
    # a subprocess, so this process's imports do not count (every installed plugin loads, as for a user)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)

    pytester.makepyfile(test_opt_out="def test_x(peaqos_mock):\n    pass\n")
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-p", "no:peaqos", "test_opt_out.py")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'peaqos_mock' not found*"])
