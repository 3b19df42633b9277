using System.Buffers;

namespace Lectern.Stages.Write;

/// <summary>Compares a file on disk with bytes in memory without reading more than it must.</summary>
public static class FileContent
{
    public static bool Equals(string path, ReadOnlySpan<byte> content)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (RandomAccess.GetLength(handle) != content.Length) return false;
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(Math.Max(content.Length, 1), 1 << 16));
            try
            {
                for (var offset = 0; offset < content.Length;)
                {
                    var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, content.Length - offset)), offset);
                    if (read <= 0 || !buffer.AsSpan(0, read).SequenceEqual(content.Slice(offset, read))) return false;
                    offset += read;
                }
                return true;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
