using System.Net.Http.Headers;

namespace SupportDesk.WebApi.FunctionalTests.Conversation;

/// <summary>Small real files of each kind, and a way to download one as bytes.</summary>
internal static class Files
{
    public static byte[] Png(int size = 256) => Padded([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], size);

    public static byte[] Jpeg(int size = 256) => Padded([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46], size);

    public static byte[] Pdf(int size = 256) => Padded("%PDF-1.7\n"u8.ToArray(), size);

    /// <summary>A Windows program's header ("MZ").</summary>
    public static byte[] Executable(int size = 256) => Padded([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00], size);

    public static async Task<HttpResponseMessage> DownloadAsync(ApiClient api, Guid ticketId, Guid attachmentId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/tickets/{ticketId}/attachments/{attachmentId}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.Token);
        return await FunctionalTestRun.Http.SendAsync(request);
    }

    private static byte[] Padded(byte[] head, int size)
    {
        var bytes = new byte[size];
        head.CopyTo(bytes, 0);
        for (var i = head.Length; i < size; i++)
        {
            bytes[i] = (byte)(i * 31);
        }

        return bytes;
    }
}
