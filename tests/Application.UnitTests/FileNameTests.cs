using System.Text.RegularExpressions;

namespace SupportDesk.Application.UnitTests;

/// <summary>A type is found by its name: every file in src/ declares one top-level type, named as the file.
/// The one exception is a use case's own file, <c>Application/&lt;Feature&gt;/Commands|Queries/&lt;UseCase&gt;/&lt;UseCase&gt;.cs</c>,
/// which holds the request and its handler and may hold the small records that belong to that use case only: names
/// that start with the use case's name (<c>OpenTicketCommand</c>, <c>OpenTicketHandler</c>, <c>ImportOrderLine</c>)
/// or end in Command, Query, Result, Dto or ReadModel (<c>MyAgentDto</c> in <c>GetMyAgent.cs</c>). Generated EF Core
/// migrations are left out: the tool names their files.</summary>
public sealed class FileNameTests
{
    private static readonly string[] UseCaseRecordSuffixes = ["Command", "Query", "Result", "Dto", "ReadModel"];

    [Test]
    public void Every_file_in_src_declares_one_type_named_as_the_file()
    {
        var src = SourceTree.Src;
        var misplaced = new List<string>();

        foreach (var path in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(src, path).Replace('\\', '/');
            if (IsGeneratedOrBuildOutput(relative))
                continue;

            var stem = Path.GetFileNameWithoutExtension(path);
            var types = SourceTypes.TopLevelTypeNames(File.ReadAllText(path));
            var named = IsUseCaseFile(relative, stem)
                ? types.All(type => type.StartsWith(stem, StringComparison.Ordinal)
                                    || UseCaseRecordSuffixes.Any(suffix => type.EndsWith(suffix, StringComparison.Ordinal)))
                : types.Count == 0 || (types.Count == 1 && types[0] == stem);
            if (!named)
                misplaced.Add($"{relative}: {string.Join(", ", types)}");
        }

        Assert.That(misplaced, Is.Empty, () => "files whose top-level types are not named as the file:\n" + string.Join("\n", misplaced));
    }

    [TestCase("namespace A;\npublic sealed class Ticket\n{\n    private sealed class Inner { }\n}\n", new[] { "Ticket" })]
    [TestCase("namespace A;\npublic enum One { X }\n\npublic static class Two\n{\n}\n", new[] { "One", "Two" })]
    [TestCase("namespace A;\npublic sealed record Command(int Id) : IRequest<Result>;\npublic sealed record struct Result(int Id);\n",
        new[] { "Command", "Result" })]
    [TestCase("namespace A\n{\n    public class One { }\n    public interface ITwo<T> where T : class\n    {\n    }\n}\n", new[] { "One", "ITwo" })]
    [TestCase("namespace A;\n// public class InAComment { }\n/* public class InABlock { } */\npublic class Real\n{\n    private const string S = \"class InAString { }\";\n}\n",
        new[] { "Real" })]
    [TestCase("namespace A;\npublic delegate Task Handler(int id);\n", new[] { "Handler" })]
    public void The_reader_finds_top_level_types_only(string source, string[] expected) =>
        Assert.That(SourceTypes.TopLevelTypeNames(source), Is.EqualTo(expected));

    [TestCase("Application/Tickets/Commands/OpenTicket/OpenTicket.cs", "OpenTicket", ExpectedResult = true)]
    [TestCase("Application/Agents/Queries/GetMyAgent/GetMyAgent.cs", "GetMyAgent", ExpectedResult = true)]
    [TestCase("Application/Agents/Queries/AgentDto.cs", "AgentDto", ExpectedResult = false)]
    [TestCase("Application/Tickets/Commands/OpenTicket/OpenTicketValidator.cs", "OpenTicketValidator", ExpectedResult = false)]
    [TestCase("Infrastructure/Assignment/Assignment.cs", "Assignment", ExpectedResult = false)]
    public bool Only_a_use_case_folder_file_named_as_its_folder_is_a_use_case_file(string relative, string stem) =>
        IsUseCaseFile(relative, stem);

    private static bool IsUseCaseFile(string relative, string stem)
    {
        var parts = relative.Split('/');
        return parts.Length == 5 && parts[0] == "Application" && parts[2] is "Commands" or "Queries" && parts[3] == stem;
    }

    private static bool IsGeneratedOrBuildOutput(string relative) =>
        relative.Contains("/Migrations/", StringComparison.Ordinal)
        || relative.Contains("/obj/", StringComparison.Ordinal)
        || relative.Contains("/bin/", StringComparison.Ordinal);

    /// <summary>Reads the names of the types a C# file declares outside any other type: comments and string
    /// literals are blanked, then braces are counted, a namespace block not counting as a type.</summary>
    private static class SourceTypes
    {
        private static readonly Regex CommentsAndStrings = new(
            """//[^\n]*|/\*.*?\*/|"{3,}.*?"{3,}|@"(?:[^"]|"")*"|\$?"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)+'""",
            RegexOptions.Singleline);

        private static readonly Regex Tokens = new(
            @"(?<open>\{)|(?<close>\})|(?<ns>\bnamespace\s+[\w.]+\s*(?<block>\{)?)"
            + @"|\b(?:record\s+(?:class|struct)|class|struct|interface|enum|record)\s+(?<type>@?[A-Za-z_]\w*)"
            + @"|\bdelegate\s+[\w<>\[\],.?\s]+?\s(?<delegate>[A-Za-z_]\w*)\s*[<(]");

        public static List<string> TopLevelTypeNames(string source)
        {
            var code = CommentsAndStrings.Replace(source, match => new string(' ', match.Length));
            var names = new List<string>();
            var depth = 0;
            var namespaceDepth = 0;
            foreach (System.Text.RegularExpressions.Match token in Tokens.Matches(code))
            {
                if (token.Groups["ns"].Success)
                {
                    if (token.Groups["block"].Success)
                    {
                        depth++;
                        namespaceDepth++;
                    }
                }
                else if (token.Groups["open"].Success)
                    depth++;
                else if (token.Groups["close"].Success)
                {
                    depth--;
                    namespaceDepth = Math.Min(namespaceDepth, depth);
                }
                else if (depth == namespaceDepth)
                {
                    var name = token.Groups["type"].Success ? token.Groups["type"].Value : token.Groups["delegate"].Value;
                    if (name != "where")
                        names.Add(name.TrimStart('@'));
                }
            }

            return names;
        }
    }
}
