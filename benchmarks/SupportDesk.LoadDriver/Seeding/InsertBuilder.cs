using System.Globalization;
using System.Text;

namespace SupportDesk.LoadDriver.Seeding;

/// <summary>The tables the seeder fills, in the order it writes them (parents first).</summary>
internal enum SeedTable
{
    Customers,
    Orders,
    OrderLines,
    Agents,
    Tickets,
    TicketEvents,
}

/// <summary>One multi-row INSERT, ready to send.</summary>
internal sealed record InsertStatement(SeedTable Table, string Sql, int Rows);

/// <summary>
/// Builds multi-row <c>INSERT … VALUES (…), (…)</c> statements with the values written as SQL literals. A thousand
/// rows a statement is what makes the load fast (one round trip and one parse per thousand rows); literals rather
/// than parameters because MySqlConnector would substitute 17,000 parameters into the text anyway, by name. Every
/// value comes from the seeder itself, never from outside, and strings are still quoted properly.
/// </summary>
internal sealed class InsertBuilder(SeedTable table, string columns, int rowsPerStatement)
{
    private readonly StringBuilder _sql = new(capacity: 1 << 20);
    private bool _firstValue;

    public int Rows { get; private set; }

    public bool IsFull => Rows >= rowsPerStatement;

    /// <summary>Starts the next row; add its values in column order, then <see cref="EndRow"/>.</summary>
    public InsertBuilder Row()
    {
        _sql.Append(Rows == 0 ? $"INSERT INTO `{table}` ({columns}) VALUES (" : ",(");
        _firstValue = true;
        Rows++;
        return this;
    }

    public void EndRow() => _sql.Append(')');

    public InsertBuilder Value(Guid value)
    {
        // Pomelo's char(36) format: lower-case with hyphens.
        Next().Append(CultureInfo.InvariantCulture, $"'{value:D}'");
        return this;
    }

    public InsertBuilder Value(int value)
    {
        Next().Append(CultureInfo.InvariantCulture, $"{value}");
        return this;
    }

    public InsertBuilder Value(decimal value)
    {
        Next().Append(CultureInfo.InvariantCulture, $"{value:0.00}");
        return this;
    }

    public InsertBuilder Value(DateTime value)
    {
        Next().Append(CultureInfo.InvariantCulture, $"'{value:yyyy-MM-dd HH:mm:ss.ffffff}'");
        return this;
    }

    public InsertBuilder Value(DateTime? value) => value is { } time ? Value(time) : Null();

    public InsertBuilder Value(string? value)
    {
        if (value is null)
        {
            return Null();
        }

        // Quotes are doubled, which every sql_mode reads the same; a backslash would mean different things with and
        // without NO_BACKSLASH_ESCAPES, and the seeder's texts never contain one.
        if (value.Contains('\\'))
        {
            throw new ArgumentException("Seeded texts contain no backslash.", nameof(value));
        }

        Next().Append('\'').Append(value.Replace("'", "''", StringComparison.Ordinal)).Append('\'');
        return this;
    }

    public InsertBuilder Null()
    {
        Next().Append("NULL");
        return this;
    }

    /// <summary>The statement so far, and a fresh start for the next one.</summary>
    public InsertStatement Take()
    {
        var statement = new InsertStatement(table, _sql.ToString(), Rows);
        _sql.Clear();
        Rows = 0;
        return statement;
    }

    private StringBuilder Next()
    {
        if (!_firstValue)
        {
            _sql.Append(',');
        }

        _firstValue = false;
        return _sql;
    }
}
