namespace Lectern.Diagnostics;

public enum DiagnosticSeverity { Warning, Error }

/// <summary>A coded problem in the content, positioned as <c>file:line:col</c> (1-based).</summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string File, int Line, int Column, string Message)
{
    public static Diagnostic Error(string code, string file, int line, int column, string message) =>
        new(code, DiagnosticSeverity.Error, file, line, column, message);

    public static Diagnostic Warning(string code, string file, int line, int column, string message) =>
        new(code, DiagnosticSeverity.Warning, file, line, column, message);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// One line for a terminal. File names and messages quote content, and content may hold control
    /// characters (an escape sequence, a carriage return): printed raw they would rewrite the terminal
    /// or hide the line, so they are shown escaped.
    /// </summary>
    public override string ToString() =>
        $"{DiagnosticText.Printable(File)}:{Line}:{Column}: {(IsError ? "error" : "warning")} {Code}: {DiagnosticText.Printable(Message)}";
}
