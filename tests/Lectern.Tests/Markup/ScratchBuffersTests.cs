using System.Text;
using Lectern.Markup;

namespace Lectern.Tests.Markup;

public class ScratchBuffersTests
{
    [Fact]
    public void A_text_of_several_chunks_encodes_as_the_framework_encodes_its_string()
    {
        // The first chunk holds 16 characters and ends in the high half of a surrogate pair; the low half opens the next.
        var text = new StringBuilder(16).Append('x', 15).Append("\uD83D").Append("\uDE00 caf\u00e9 ").Append('y', 20_000);
        Assert.True(CountChunks(text) > 1);

        Assert.Equal(Encoding.UTF8.GetBytes(text.ToString()), ScratchBuffers.Utf8(text).ToArray());
        Assert.Equal("a\u00e9"u8.ToArray(), ScratchBuffers.Utf8(new StringBuilder("a\u00e9")).ToArray());
    }

    [Fact]
    public void The_text_buffer_is_empty_each_time_it_is_taken()
    {
        ScratchBuffers.Text().Append("a page");
        Assert.Equal(0, ScratchBuffers.Text().Length);
    }

    private static int CountChunks(StringBuilder text)
    {
        var count = 0;
        foreach (var _ in text.GetChunks()) count++;
        return count;
    }
}
