"""Testing helpers shipped with the SDK: the ``peaqos`` pytest plugin (:mod:`peaq_os_sdk.testing.pytest_plugin`).

``PeaqosMock`` is the type of the ``peaqos_mock`` fixture, for annotations.
"""

from peaq_os_sdk._simulator_types import SimulatorFaults, SimulatorIdentity
from peaq_os_sdk.testing.pytest_plugin import PeaqosMock

__all__ = ["PeaqosMock", "SimulatorFaults", "SimulatorIdentity"]
