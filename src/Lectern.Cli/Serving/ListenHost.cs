using System.Net;
using System.Net.Sockets;

namespace Lectern.Cli.Serving;

/// <summary>
/// The address <c>lectern serve --host</c> listens on. The preview is for its author: a name is bound only to
/// the loopback address it resolves to here (Kestrel binds any name but localhost to every interface, so a
/// typo published the preview to the network); every interface only when asked for by 0.0.0.0 or ::.
/// </summary>
public sealed record ListenHost(IPAddress Address, string? Warning)
{
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The host as Kestrel's URL has it: an IPv6 address in brackets.</summary>
    public string UrlHost => Address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{Address}]" : Address.ToString();

    /// <summary>The address to listen on for <paramref name="host"/>, or null and why not (a usage error).</summary>
    public static async Task<(ListenHost? Host, string? Error)> ResolveAsync(string host)
    {
        var literal = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        if (IPAddress.TryParse(literal, out var address))
        {
            if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
                return (new ListenHost(address, $"--host {host} listens on every network interface: anyone who can reach this machine can read the preview"), null);
            return address.IsIPv4MappedToIPv6 || !IPAddress.IsLoopback(address)
                ? (null, $"--host {host} is not a loopback address; the preview listens on this machine only (127.0.0.1, ::1 or localhost), or on every interface with --host 0.0.0.0 or ::")
                : (new ListenHost(address, null), null);
        }
        if (Uri.CheckHostName(host) != UriHostNameType.Dns)
            return (null, $"--host '{host}' is not a host name or an IP address");

        IPAddress[] resolved;
        try
        {
            using var timeout = new CancellationTokenSource(ResolveTimeout);
            resolved = await Dns.GetHostAddressesAsync(host, timeout.Token);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return (null, $"--host {host} does not resolve to an address on this machine; use 127.0.0.1 or localhost");
        }
        var loopback = resolved.Where(IPAddress.IsLoopback).OrderBy(a => a.AddressFamily == AddressFamily.InterNetwork ? 0 : 1).FirstOrDefault();
        return loopback is null
            ? (null, $"--host {host} resolves to {string.Join(", ", resolved.Select(a => a.ToString()))}, none of them this machine's loopback; use 127.0.0.1 or localhost, or --host 0.0.0.0 to listen on every interface")
            : (new ListenHost(loopback, null), null);
    }
}
