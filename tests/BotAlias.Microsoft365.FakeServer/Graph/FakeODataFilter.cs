using System.Text;

namespace BotAlias.Microsoft365.FakeServer.Graph;

/// <summary>
/// The part of OData <c>$filter</c> BotAlias may send: <c>eq</c> comparisons and <c>any</c> lambdas on collections,
/// joined by <c>or</c>. String literals are single-quoted with <c>''</c> for a quote
/// (https://learn.microsoft.com/graph/query-parameters#escaping-single-quotes); an unescaped quote ends the literal,
/// so a client that does not escape gets Graph's syntax error. Anything else is refused, not guessed.
/// </summary>
public static class FakeODataFilter
{
    public static IReadOnlyList<FakeODataClause> Parse(string filter)
    {
        var clauses = new List<FakeODataClause>();
        var position = 0;
        while (true)
        {
            SkipSpaces(filter, ref position);
            clauses.Add(ParseClause(filter, ref position));
            SkipSpaces(filter, ref position);
            if (position >= filter.Length)
            {
                return clauses;
            }

            var word = ReadWord(filter, ref position);
            if (word == "and")
            {
                throw FakeGraphException.Unsupported("The fake only supports 'or' between clauses.");
            }

            if (word != "or")
            {
                throw Syntax(filter, position - word.Length);
            }
        }
    }

    private static FakeODataClause ParseClause(string filter, ref int position)
    {
        var property = ReadWord(filter, ref position);
        if (property.Length == 0)
        {
            throw Syntax(filter, position);
        }

        if (property.EndsWith("/any", StringComparison.Ordinal) && position < filter.Length && filter[position] == '(')
        {
            // prop/any(x:x eq 'value')
            position++;
            var variable = ReadUntil(filter, ref position, ':');
            position++;
            var left = ReadWord(filter, ref position);
            SkipSpaces(filter, ref position);
            Expect(filter, ref position, "eq");
            SkipSpaces(filter, ref position);
            var value = ReadLiteral(filter, ref position);
            SkipSpaces(filter, ref position);
            if (left != variable || position >= filter.Length || filter[position] != ')')
            {
                throw Syntax(filter, position);
            }

            position++;
            return new FakeODataClause(property[..^"/any".Length], true, value);
        }

        SkipSpaces(filter, ref position);
        var op = ReadWord(filter, ref position);
        if (op is "ne" or "gt" or "lt" or "ge" or "le" or "startsWith" or "endsWith")
        {
            throw FakeGraphException.Unsupported($"Operator '{op}' is not implemented by the fake.");
        }

        if (op != "eq")
        {
            throw Syntax(filter, position - op.Length);
        }

        SkipSpaces(filter, ref position);
        return new FakeODataClause(property, false, ReadLiteral(filter, ref position));
    }

    private static string ReadLiteral(string filter, ref int position)
    {
        if (position >= filter.Length || filter[position] != '\'')
        {
            throw Syntax(filter, position);
        }

        var value = new StringBuilder();
        position++;
        while (position < filter.Length)
        {
            var c = filter[position++];
            if (c != '\'')
            {
                value.Append(c);
            }
            else if (position < filter.Length && filter[position] == '\'')
            {
                value.Append('\'');
                position++;
            }
            else
            {
                return value.ToString();
            }
        }

        throw new FakeGraphException(400, "BadRequest", $"Invalid filter clause: unterminated string literal in '{filter}'.");
    }

    private static string ReadWord(string filter, ref int position)
    {
        var start = position;
        while (position < filter.Length && (char.IsLetterOrDigit(filter[position]) || filter[position] is '/' or '.' or '_'))
        {
            position++;
        }

        return filter[start..position];
    }

    private static string ReadUntil(string filter, ref int position, char end)
    {
        var start = position;
        while (position < filter.Length && filter[position] != end)
        {
            position++;
        }

        if (position >= filter.Length)
        {
            throw Syntax(filter, start);
        }

        return filter[start..position].Trim();
    }

    private static void Expect(string filter, ref int position, string word)
    {
        if (ReadWord(filter, ref position) != word)
        {
            throw Syntax(filter, position);
        }
    }

    private static void SkipSpaces(string filter, ref int position)
    {
        while (position < filter.Length && filter[position] == ' ')
        {
            position++;
        }
    }

    private static FakeGraphException Syntax(string filter, int position) =>
        new(400, "BadRequest", $"Invalid filter clause: syntax error at position {position} in '{filter}'.");
}
