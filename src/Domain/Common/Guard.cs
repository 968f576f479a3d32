namespace SupportDesk.Domain.Common;

internal static class Guard
{
    public static string NotBlank(string? value, string code, string what, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException(code, $"{what} is required.");
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainException(code, $"{what} must be at most {maxLength} characters.");
        }

        return trimmed;
    }

    public static string Email(string? value, string code)
    {
        var email = NotBlank(value, code, "Email", Limits.EmailLength).ToLowerInvariant();
        var at = email.IndexOf('@');
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1)
        {
            throw new DomainException(code, "Email is not a valid address.");
        }

        return email;
    }

    public static DateTime Utc(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value : throw new ArgumentException("Times in the domain are UTC.", nameof(value));
}
