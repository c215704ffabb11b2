using System.Globalization;
using DuckDB.NET.Data;
using FactExtract.Export;
using FactExtract.Tests.TestSupport;

namespace FactExtract.Tests.Export;

/// <summary>
/// <c>--format csv,parquet</c> on the sample articles, read back by DuckDB: every Parquet table
/// has the CSV table's columns with the documented types, and the same rows.
/// </summary>
public sealed class ParquetOutputTests : IDisposable
{
    private readonly TempDirectory _input = new();
    private readonly TempDirectory _output = new();
    private readonly string _dir;

    public ParquetOutputTests()
    {
        CorpusRun.WriteDatedArticles(_input);
        _dir = _output.Combine("out");
        Assert.Equal(0, CorpusRun.Extract(_input.Combine("articles"), "--out", _dir, "--format", "csv,parquet"));
    }

    public void Dispose()
    {
        _input.Dispose();
        _output.Dispose();
    }

    public static TheoryData<string, string, string> Tables => new()
    {
        { "entities", "entities.csv", "article_id VARCHAR,file VARCHAR,sentence INTEGER,start INTEGER,end INTEGER,text VARCHAR,type VARCHAR,canonical VARCHAR,confidence DOUBLE,source VARCHAR,entity_id VARCHAR" },
        { "quantities", "quantities.csv", "article_id VARCHAR,file VARCHAR,sentence INTEGER,start INTEGER,end INTEGER,text VARCHAR,kind VARCHAR,value DOUBLE,unit VARCHAR,qualifier VARCHAR,value_to DOUBLE,normalized VARCHAR" },
        { "facts", "facts.csv", "article_id VARCHAR,file VARCHAR,sentence INTEGER,start INTEGER,end INTEGER,kind VARCHAR,value VARCHAR,unit VARCHAR,qualifier VARCHAR,measure VARCHAR,subject VARCHAR,entities VARCHAR,time VARCHAR,change VARCHAR,sentence_text VARCHAR" },
        // Parquet iterates the layer schemas, so the sentences table comes without a Parquet column list of its own.
        { "sentences", "sentences.csv", "article_id VARCHAR,file VARCHAR,index INTEGER,start INTEGER,end INTEGER,text VARCHAR" },
        { "entities_index", "entities_index.csv", "entity_id VARCHAR,canonical VARCHAR,type VARCHAR,aliases VARCHAR,articles INTEGER,mentions INTEGER,first_date DATE,last_date DATE" },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void DuckDB_reads_each_table_with_typed_columns_and_the_csv_rows(string table, string csvFile, string expectedSchema)
    {
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        var parquet = Path.Combine(_dir, table + ".parquet").Replace("'", "''");

        var schema = Query(db, $"DESCRIBE SELECT * FROM read_parquet('{parquet}')").Select(r => $"{r[0]} {r[1]}");
        Assert.Equal(expectedSchema, string.Join(',', schema));

        var csv = CsvFile.Read(Path.Combine(_dir, csvFile), out var header);
        Assert.Equal(expectedSchema.Split(',').Select(c => c.Split(' ')[0]), header);
        var rows = Query(db, $"SELECT * FROM read_parquet('{parquet}')");
        Assert.NotEmpty(rows);
        Assert.Equal(csv.Count, rows.Count);
        for (int i = 0; i < rows.Count; i++)
            for (int c = 0; c < header.Length; c++)
                Assert.True(SameCell(csv[i][c], rows[i][c]),
                    $"{table} row {i} column {header[c]}: CSV '{csv[i][c]}', Parquet '{rows[i][c]}' ({rows[i][c]?.GetType().Name})");
    }

    [Fact]
    public void Manifest_lists_the_parquet_files_with_their_rows_and_sizes()
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_dir, OutputManifest.FileName)));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => (Rows: f.GetProperty("rows").GetInt64(), Bytes: f.GetProperty("bytes").GetInt64()));
        foreach (var (table, csvFile, _) in Tables.Select(t => ((string)t[0], (string)t[1], (string)t[2])))
        {
            var (rows, bytes) = files[table + ".parquet"];
            Assert.Equal(new FileInfo(Path.Combine(_dir, table + ".parquet")).Length, bytes);
            Assert.Equal(files[csvFile].Rows, rows);
        }
    }

    /// <summary>A Parquet value equals its CSV cell: null is the empty cell, numbers compare as numbers, dates in ISO form.</summary>
    private static bool SameCell(string csv, object? value) => value switch
    {
        null or DBNull => csv.Length == 0,
        string s => s == csv || SpreadsheetSafety.Escape(s) == csv, // CSV escapes formula-like cells
        int n => n.ToString(CultureInfo.InvariantCulture) == csv,
        double d => double.TryParse(csv, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                    && Math.Abs(d - x) <= 1e-12 * Math.Max(1, Math.Abs(x)),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == csv,
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == csv,
        _ => false,
    };

    private static List<object?[]> Query(DuckDBConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int c = 0; c < row.Length; c++) row[c] = reader.IsDBNull(c) ? null : reader.GetValue(c);
            rows.Add(row);
        }
        return rows;
    }
}
