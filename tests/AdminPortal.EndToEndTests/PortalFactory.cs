using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>The real portal (its own Program) on Kestrel at 127.0.0.1 with a free port, on the test database.</summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="port">0 for any free port; a given one lets a test restart "the same" portal.</param>
    public PortalFactory(IReadOnlyDictionary<string, string> settings, int port = 0)
    {
        _settings = settings;
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
    }

    /// <summary>A port free on 127.0.0.1 at the moment of asking.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production-like pipeline (error pages, no developer exception page), with the settings of this run.
        builder.UseEnvironment("Testing");
        // Outside Development the static files' manifest of the build output is not read by default.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
