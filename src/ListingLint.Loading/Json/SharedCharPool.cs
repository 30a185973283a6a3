using System.Buffers;
using Newtonsoft.Json;

namespace ListingLint.Loading.Json;

/// <summary>Lets Newtonsoft's readers rent their character buffers instead of allocating one per listing.</summary>
internal sealed class SharedCharPool : IArrayPool<char>
{
    public static readonly SharedCharPool Instance = new();

    public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

    public void Return(char[]? array)
    {
        if (array is not null)
            ArrayPool<char>.Shared.Return(array);
    }
}
