"""Shared by the end-to-end test scripts: one line per check, and the closing
'N passed, N failed' line that CI reads."""

passed = 0
failed = 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def finish():
    """Prints the summary; returns the process exit code."""
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0
