"""Release tooling: the breaking-change gate, changelog, baseline and publish steps behind the Makefile.

``python -m release --help`` lists the commands; docs/releasing.md is the maintainer's guide.
"""
