#!/usr/bin/python3
"""CTest entry point for kubesim's acceptance tests.

    run_tests.py --list        one line per test method: "<ctest name> <unittest id>"
    run_tests.py ID [ID...]    run the given unittest ids (module.Class.method) verbosely

CTest names are kubesim.<class>.<method without test_>, e.g. kubesim.helm4.install_upgrade_rollback_uninstall.
Each test class starts its own kubesim process (setUpClass) and stops it with SIGTERM, so every CTest test
is independent and they can run in parallel (ctest -j2).
"""
import glob
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def iter_tests(suite):
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            yield from iter_tests(t)
        else:
            yield t


def list_tests():
    rows = []
    for name, tid in collect():
        rows.append((name, tid))
    seen = {}
    for name, tid in rows:
        seen[name] = seen.get(name, 0) + 1
    for name, tid in rows:
        if seen[name] > 1:   # same class and method name in two modules: qualify with the module
            name = "kubesim.%s.%s" % (tid.split(".")[0][5:], name.split(".", 1)[1])
        print(name, tid)


def collect():
    loader = unittest.TestLoader()
    for path in sorted(glob.glob(os.path.join(HERE, "test_*.py"))):
        mod = os.path.splitext(os.path.basename(path))[0]
        suite = loader.loadTestsFromName(mod)
        for t in iter_tests(suite):
            tid = t.id()
            if "_FailedTest" in type(t).__name__ or tid.startswith("unittest.loader"):
                yield "kubesim.%s.import" % mod[5:], mod
                continue
            parts = tid.split(".")
            cls, meth = parts[-2], parts[-1]
            if meth.startswith("test_"):
                meth = meth[5:]
            yield "kubesim.%s.%s" % (cls.lower(), meth), tid


def main(argv):
    if argv[:1] == ["--list"]:
        list_tests()
        return 0
    os.chdir(HERE)
    suite = unittest.TestLoader().loadTestsFromNames(argv)
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
