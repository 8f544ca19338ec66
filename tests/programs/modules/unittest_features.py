# unittest: class fixtures and cleanups, setUpClass errors, skipped classes, assertion messages, subtests in dots mode,
# unexpected successes, TestLoader/TextTestRunner, main(exit=False) and main(argv=...).
import unittest


class Fixtures(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        cls.log.append('tearDownClass')
        print(cls.log)

    def setUp(self):
        self.log.append('setUp')
        self.addCleanup(self.log.append, 'cleanup')

    def tearDown(self):
        self.log.append('tearDown')

    def test_one(self):
        """First test: has a docstring."""
        self.log.append('one')

    def test_two(self):
        self.log.append('two')
        self.skipTest('skipped inside')


class Broken(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('class setup failed')

    def test_never(self):
        pass


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass


class Assertions(unittest.TestCase):
    def test_messages(self):
        checks = [
            lambda: self.assertEqual(1, 2), lambda: self.assertEqual({1, 2}, {2, 3}), lambda: self.assertTrue(0), lambda: self.assertFalse([1]), lambda: self.assertIn(3, [1, 2]), lambda: self.assertNotIn(1, [1]),
            lambda: self.assertIs(1, None), lambda: self.assertIsNot(None, None), lambda: self.assertIsNone(0), lambda: self.assertIsNotNone(None),
            lambda: self.assertIsInstance(1, str), lambda: self.assertNotIsInstance(1, int), lambda: self.assertNotEqual(1, 1),
            lambda: self.assertLess(3, 2), lambda: self.assertLessEqual(3, 2), lambda: self.assertGreater(1, 2), lambda: self.assertGreaterEqual(1, 2),
            lambda: self.assertAlmostEqual(1.0, 1.1), lambda: self.assertAlmostEqual(1, 2, delta=0.5), lambda: self.assertNotAlmostEqual(1.0, 1.0),
            lambda: self.assertRegex('abc', 'x'), lambda: self.assertNotRegex('abc', 'b'), lambda: self.assertCountEqual([1, 1, 2], [1, 2, 2]),
            lambda: self.assertEqual(1, 2, 'custom'), lambda: self.fail('explicit'), lambda: self.assertListEqual([1], (1,)),
        ]
        for check in checks:
            try:
                check()
            except AssertionError as e:
                print('AssertionError:', e)
        with self.assertRaises(ValueError) as cm:
            int('q')
        print(type(cm.exception).__name__, cm.exception)
        try:
            with self.assertRaises(KeyError):
                pass
        except AssertionError as e:
            print('AssertionError:', e)
        try:
            self.assertRaises(KeyError, len, [])
        except AssertionError as e:
            print('AssertionError:', e)
        try:
            with self.assertRaisesRegex(ValueError, 'xyz'):
                int('q')
        except AssertionError as e:
            print('AssertionError:', e)

    def test_dots(self):
        for i in range(4):
            with self.subTest(i):
                self.assertNotEqual(i, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    @unittest.skipIf(True, 'condition held')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, 'not skipped')
    def test_skip_unless(self):
        pass


if __name__ == '__main__':
    program = unittest.main(exit=False)
    result = program.result
    print(result, result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
    print(sorted(str(t) for t, _ in result.skipped))
    print([str(t) for t, _ in result.errors])
    print([str(t) for t in result.unexpectedSuccesses])
    suite = unittest.TestLoader().loadTestsFromTestCase(Fixtures)
    print(suite.countTestCases(), [t.id() for t in suite])
    r = unittest.TextTestRunner(verbosity=0).run(suite)
    print(r.wasSuccessful())
    unittest.main(argv=['prog', '-v', 'Fixtures'])
