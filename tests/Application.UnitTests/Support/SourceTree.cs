namespace SupportDesk.Application.UnitTests.Support;

/// <summary>The repository the tests were built from, for tests that read the source itself.</summary>
internal static class SourceTree
{
    public static string Src => Path.Combine(Root, "src");

    private static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SupportDesk.sln")))
                    return dir.FullName;
            }

            throw new DirectoryNotFoundException("SupportDesk.sln not found above the test directory.");
        }
    }
}
