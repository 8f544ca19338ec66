# unittest's assertion messages with their ndiff sections (lists, tuples, dicts, multi-line and long strings).
import unittest


class Diffs(unittest.TestCase):
    def test_messages(self):
        checks = [
            lambda: self.assertEqual([1, 2], [1, 3]), lambda: self.assertEqual((1,), (1, 2)),
            lambda: self.assertEqual({'a': 1}, {'a': 2}), lambda: self.assertEqual('ab', 'ac'),
            lambda: self.assertSequenceEqual([1], [1, 2]), lambda: self.assertDictEqual({}, {'k': 1}),
            lambda: self.assertEqual('line one\nline two\n', 'line one\nline 2\n'), lambda: self.assertEqual('x' * 100, 'x' * 99 + 'y'),
            lambda: self.assertEqual({'b': 1, 'a': [1, 2]}, {'a': [1, 3], 'b': 1}), lambda: self.assertEqual([(1, 'a')], [(1, 'b'), 2]),
        ]
        for check in checks:
            try:
                check()
            except AssertionError as e:
                print('AssertionError:', e)
                print('---')


if __name__ == '__main__':
    unittest.main()
