# unittest.main(verbosity=2): fixtures, failures, errors, skips, expected failures, subtests, assertRaises; exit status 1.
import unittest


class TestMath(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass')

    def setUp(self):
        self.x = 2

    def tearDown(self):
        pass

    def test_add(self):
        self.assertEqual(self.x + 2, 4)

    def test_fail(self):
        self.assertEqual(self.x, 3)

    def test_error(self):
        raise KeyError('k')

    @unittest.skip('not now')
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaises(ValueError, int, 'x')
        with self.assertRaisesRegex(ValueError, 'invalid'):
            int('y')


class Other(unittest.TestCase):
    def test_a(self):
        self.assertIn(1, [1, 2])
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)


if __name__ == '__main__':
    unittest.main(verbosity=2)
