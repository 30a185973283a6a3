using ListingLint.Imaging.Indexing;
using ListingLint.Model.Images;

namespace ListingLint.Imaging.Tests.Hashing;

public class HashIndexTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(12)]
    [InlineData(15)]
    public void Within_FindsExactlyWhatABruteForceScanFinds(int radius)
    {
        var random = new Random(radius);
        var hashes = Enumerable.Range(0, 3000).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40)).ToList();
        // Plant near neighbours of the first hashes so that every radius has something to find.
        for (var i = 0; i < 50; i++)
            hashes.Add(hashes[i] ^ (1UL << random.Next(64)) ^ (1UL << random.Next(64)) ^ (1UL << random.Next(64)));
        var index = new HashIndex<int>();
        for (var i = 0; i < hashes.Count; i++)
            index.Add(hashes[i], i);
        for (var q = 0; q < 60; q++)
        {
            var expected = Enumerable.Range(0, hashes.Count).Where(i => ImageHashes.Distance(hashes[i], hashes[q]) <= radius).Order();
            var actual = index.Within(hashes[q], radius).Select(r => r.Item).Order();
            Assert.Equal(expected, actual);
        }
    }
}
