namespace Lectern.Tests.Support;

/// <summary>A <see cref="StringWriter"/> that background work (the preview's rebuilds) can write to while a test reads it.</summary>
public sealed class ThreadSafeStringWriter : StringWriter
{
    private readonly Lock _gate = new();

    public override void Write(char value) { lock (_gate) base.Write(value); }
    public override void Write(string? value) { lock (_gate) base.Write(value); }
    public override void Write(char[] buffer, int index, int count) { lock (_gate) base.Write(buffer, index, count); }
    public override void WriteLine(string? value) { lock (_gate) base.WriteLine(value); }
    public override string ToString() { lock (_gate) return base.ToString(); }
}
