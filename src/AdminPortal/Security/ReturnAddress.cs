using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing.Template;

namespace SupportDesk.AdminPortal.Security;

/// <summary>
/// Where sign-in sends a person back to: only a local page that answers GET. A session that ends during a form post
/// (<c>POST /desk/resolve</c>) must not bring the person back to the post's address, which has no page (404).
/// </summary>
public static class ReturnAddress
{
    /// <summary>The page to come back to after a session ended during <paramref name="request"/>: the request itself
    /// when it was a page's GET, else the page the form or the script was on (a local <c>Referer</c>; a live region's
    /// fragment is no page to come back to), else null (the home page).</summary>
    public static string? For(HttpRequest request)
    {
        var fromScript = string.Equals(request.Headers.XRequestedWith, "XMLHttpRequest", StringComparison.Ordinal);
        if (!fromScript && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return request.PathBase + request.Path + request.QueryString;
        }

        return Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            && string.Equals(referer.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? referer.PathAndQuery
            : null;
    }

    /// <summary>Whether <paramref name="url"/> is a local address some GET endpoint of the portal answers.</summary>
    public static bool IsPage(HttpContext http, string? url)
    {
        if (string.IsNullOrEmpty(url) || !(url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)))
        {
            return false;
        }

        var path = new PathString(url.Split('?', '#')[0]);
        var constraints = http.RequestServices.GetRequiredService<IInlineConstraintResolver>();
        var endpoints = http.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null
                && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) == true);
        foreach (var endpoint in endpoints)
        {
            var values = new RouteValueDictionary();
            var template = TemplateParser.Parse(endpoint.RoutePattern.RawText ?? "/");
            if (new TemplateMatcher(template, new RouteValueDictionary()).TryMatch(path, values)
                && template.Parameters.All(parameter => parameter.InlineConstraints.All(inline =>
                    constraints.ResolveConstraint(inline.Constraint) is not { } constraint
                    || constraint.Match(http, null, parameter.Name!, values, RouteDirection.IncomingRequest))))
            {
                return true;
            }
        }

        return false;
    }
}
