using AutoMapper;
using Microsoft.Extensions.DependencyInjection;

namespace SupportDesk.Application.UnitTests.Support;

/// <summary>The application's real mapper, built once.</summary>
internal static class Mapper
{
    private static readonly Lazy<IMapper> Instance = new(() =>
        new ServiceCollection().AddLogging().AddApplicationServices().BuildServiceProvider()
            .GetRequiredService<IMapper>());

    public static IMapper Application => Instance.Value;
}
