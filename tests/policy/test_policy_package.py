"""The stage package and the API function have different names, so no import order can mix them up."""

from __future__ import annotations

import importlib
import importlib.util
import subprocess
import sys


def test_no_subpackage_shadows_the_classify_function() -> None:
    assert importlib.util.find_spec("assetclass.classify") is None


def test_classify_is_the_api_function_after_the_policy_modules_load() -> None:
    # a fresh interpreter: the policy modules imported first, then the package's public name
    code = (
        "import assetclass.policy.default_policy, assetclass.policy.rollup, assetclass\n"
        "from assetclass import api\n"
        "assert assetclass.classify is api.classify, assetclass.classify\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert importlib.import_module("assetclass").classify.__module__ == "assetclass.api"
