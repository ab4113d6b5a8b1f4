"""``python -m peaq_os_sdk.contract``: the same as the ``peaqos-contract`` command."""

import sys

from peaq_os_sdk.contract.runner import main

sys.exit(main())
