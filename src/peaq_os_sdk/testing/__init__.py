"""Testing helpers shipped with the SDK: the ``peaqos`` pytest plugin (:mod:`peaq_os_sdk.testing.pytest_plugin`)."""
