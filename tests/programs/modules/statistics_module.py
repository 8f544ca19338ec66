# statistics: means, medians, modes, variances and deviations (exact sums, correctly rounded roots), quantiles,
# covariance/correlation/linear_regression, NormalDist, and the StatisticsError messages.
import statistics as st
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean([1, 2, 3, 4, 4]), st.mean(data), st.mean([F(3, 7), F(1, 21), F(5, 3)]), st.mean([1, 2.5]), st.mean(range(10)), st.mean([True, False]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([60, 30], weights=[11, 1]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.variance(data), st.variance([1, 2, 3, 4]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.pvariance([1, 2, 3, 4]), st.variance([F(1, 6), F(1, 2), F(5, 3)]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4]), st.stdev(range(100)), st.pstdev([2] * 5))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles(range(1, 11), n=4, method='inclusive'), st.quantiles([1], n=3), st.quantiles([1.5, 2.5], n=2))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.correlation(x, x[::-1]), st.correlation(x, [v * v for v in x], method='ranked'), st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression(x, y, proportional=True))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(130), 12), round(nd.pdf(100), 12), nd.inv_cdf(0.975), nd.quantiles(), round(nd.overlap(st.NormalDist(110, 10)), 12), nd.zscore(130))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), nd + 5, nd * 2, -nd, nd - st.NormalDist(10, 20), nd == st.NormalDist(100, 15), st.NormalDist().inv_cdf(0.0001), st.NormalDist().inv_cdf(0.3))
for bad in ['st.mean([])', 'st.median([])', 'st.mode([])', 'st.variance([1])', 'st.stdev([1])', 'st.pvariance([])', 'st.quantiles([1, 2], n=0)', 'st.fmean([])',
            'st.harmonic_mean([1, -1])', 'st.geometric_mean([])', 'st.NormalDist(0, -1)', 'st.NormalDist().inv_cdf(1.5)', 'st.correlation([1, 1], [1, 2])', 'st.covariance([1], [2])', "st.mean(['a'])"]:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '!!', type(e).__name__, e)
