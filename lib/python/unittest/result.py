"""The record of a test run: what failed, what raised, what was skipped."""

import sys
import traceback

__unittest = True


def failfast(method):
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    inner.__name__ = method.__name__
    inner.__doc__ = method.__doc__
    return inner


class TestResult:
    """Collects the outcome of each test: failures and errors (with their tracebacks), skips,
    expected failures and unexpected successes."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        return len(self.failures) == len(self.errors) == 0 and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        value = self._clean_tracebacks(exctype, value, tb, test)
        return ''.join(traceback.format_exception(value))

    def _clean_tracebacks(self, exctype, value, tb, test):
        seen = set()
        exc = value
        first = True
        while exc is not None and id(exc) not in seen:
            seen.add(id(exc))
            tb = exc.__traceback__
            # Leading frames of unittest itself are dropped; so are those from the first of its
            # frames after the test's code (an assert method's own frames).
            while tb is not None and _is_unittest_frame(tb):
                tb = tb.tb_next
            if tb is not None and first and exctype is test.failureException:
                keep = tb
                while keep.tb_next is not None and not _is_unittest_frame(keep.tb_next):
                    keep = keep.tb_next
                keep.tb_next = None
            exc.__traceback__ = tb
            first = False
            exc = exc.__cause__ or exc.__context__
        return value

    def __repr__(self):
        return (f'<{self.__class__.__module__}.{self.__class__.__qualname__} run={self.testsRun} '
                f'errors={len(self.errors)} failures={len(self.failures)}>')


def _is_unittest_frame(tb):
    return '__unittest' in tb.tb_frame.f_globals
