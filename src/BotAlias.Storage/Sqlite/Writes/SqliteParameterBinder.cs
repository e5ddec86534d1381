using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Binds the public properties of a parameter object (a row, or an anonymous object) to the <c>@Name</c>
/// parameters a statement uses, as Dapper does, but onto a command that is kept and run again.
/// </summary>
/// <remarks>
/// Only the properties the statement names are bound, with their prefix, so SQLite finds each by its exact name;
/// the getters are compiled once per statement and type. Enums are bound as their number, as Dapper binds them.
/// </remarks>
internal static class SqliteParameterBinder
{
    private static readonly ConcurrentDictionary<(string Sql, Type Type), Binding[]> Bindings = new();

    public static void Bind(SqliteCommand command, object? parameters)
    {
        command.Parameters.Clear();
        if (parameters is null)
        {
            return;
        }

        foreach (var binding in Bindings.GetOrAdd((command.CommandText, parameters.GetType()), Create))
        {
            command.Parameters.Add(new SqliteParameter(binding.Name, ToSqlite(binding.Get(parameters))));
        }
    }

    private static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        Enum number => Convert.ToInt64(number, CultureInfo.InvariantCulture),
        _ => value,
    };

    private static Binding[] Create((string Sql, Type Type) key) =>
        [.. key.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetMethod is not null && property.GetIndexParameters().Length == 0)
            .Where(property => UsesParameter(key.Sql, property.Name))
            .Select(property => new Binding("@" + property.Name, CompileGetter(key.Type, property)))];

    /// <summary>Whether <paramref name="sql"/> names <c>@name</c> as a whole parameter (not as the start of a longer one).</summary>
    private static bool UsesParameter(string sql, string name)
    {
        var token = "@" + name;
        for (var at = sql.IndexOf(token, StringComparison.OrdinalIgnoreCase); at >= 0; at = sql.IndexOf(token, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + token.Length;
            if (end == sql.Length || !(char.IsLetterOrDigit(sql[end]) || sql[end] == '_'))
            {
                return true;
            }
        }

        return false;
    }

    private static Func<object, object?> CompileGetter(Type type, PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var read = Expression.Property(Expression.Convert(instance, type), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
    }

    private sealed record Binding(string Name, Func<object, object?> Get);
}
