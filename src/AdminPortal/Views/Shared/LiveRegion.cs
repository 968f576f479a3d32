using System.Security.Cryptography;
using System.Text;

namespace SupportDesk.AdminPortal.Views.Shared;

/// <summary>
/// A region that wwwroot/js/live.js refreshes: the fragment's root carries a key made from what it shows, and the
/// script swaps the fragment in only when the key changed, so nothing flickers and a half-typed form survives.
/// </summary>
public static class LiveRegion
{
    public static string Key(IEnumerable<string> parts) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))))[..16];
}
