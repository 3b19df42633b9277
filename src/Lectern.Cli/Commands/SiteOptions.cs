using System.CommandLine;
using Lectern.Diagnostics;
using Lectern.Links;
using Lectern.Pipeline;

namespace Lectern.Cli.Commands;

/// <summary>The options shared by the commands that build the site.</summary>
public sealed class SiteOptions
{
    public Option<string> Content { get; } = new("--content") { Description = "The content folder", DefaultValueFactory = _ => "content" };
    public Option<string> Output { get; } = new("--output") { Description = "The output folder", DefaultValueFactory = _ => "_site" };
    public Option<string?> Themes { get; } = new("--themes") { Description = "The themes folder (default: 'themes' beside the content folder)" };
    public Option<string?> BasePath { get; } = new("--base-path") { Description = "The sub-path the site is served under, e.g. /lectern/ (overrides site.yml)" };
    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Scheme and host of the published site, e.g. https://user.github.io, for canonical and sitemap URLs (overrides site.yml)" };
    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat warnings as errors" };

    public SiteOptions()
    {
        OptionChecks.Folder(Content);
        OptionChecks.Folder(Output);
        OptionChecks.OptionalFolder(Themes);
        BasePath.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (BasePathRule.Problem(value) is { } problem)
                result.AddError(DiagnosticText.Printable($"--base-path '{value}' is not a base path: {problem}; {BasePathRule.Expected}"));
        });
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Content);
        command.Options.Add(Output);
        command.Options.Add(Themes);
        command.Options.Add(BasePath);
        command.Options.Add(BaseUrl);
        command.Options.Add(Strict);
    }

    public BuildOptions Read(ParseResult parse) => new()
    {
        ContentDir = parse.GetValue(Content)!,
        OutputDir = parse.GetValue(Output)!,
        ThemesDir = parse.GetValue(Themes),
        BasePath = parse.GetValue(BasePath),
        BaseUrl = parse.GetValue(BaseUrl),
        Strict = parse.GetValue(Strict),
    };
}
