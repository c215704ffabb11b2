using System.Text.Json;
using FactExtract.Text;

namespace FactExtract.Export.Schemas;

/// <summary>A table of records: its name, its CSV file and its columns in CSV order.</summary>
internal class TableSchema<TRecord>(string name, IReadOnlyList<Column<TRecord>> columns)
{
    /// <summary>The table's name: the JSON property of its rows and the CSV file's stem ("entities").</summary>
    public string Name { get; } = name;

    public string CsvFile => Name + ".csv";

    /// <summary>Columns in CSV order (append new columns at the end: scripts rely on the order).</summary>
    public IReadOnlyList<Column<TRecord>> Columns { get; } = columns;

    public IEnumerable<Column<TRecord>> CsvColumns => Columns.Where(c => c.InCsv);

    /// <summary>A column by name, typed; throws when the schema has none of that name and type.</summary>
    public Column<TRecord, TValue> Column<TValue>(string name) =>
        Columns.FirstOrDefault(c => c.Name == name) as Column<TRecord, TValue>
        ?? throw new KeyNotFoundException($"The {Name} table has no {typeof(TValue).Name} column '{name}'.");
}

/// <summary>Reads typed column values back from one JSON row, for rebuilding a record.</summary>
internal readonly struct JsonRow<TRecord>(TableSchema<TRecord> schema, JsonElement row)
{
    public TValue Get<TValue>(string column) => schema.Column<TValue>(column).Read(row);
}

/// <summary>
/// The schema of one document layer: its records, the layer key they live under, the order
/// rows are written in, and (when the layer is kept in <c>articles.jsonl</c>) how a record is
/// rebuilt from its JSON row. CSV, JSON Lines and the resume cache all iterate these.
/// </summary>
internal abstract class LayerSchema(string name)
{
    public string Name { get; } = name;
    public string CsvFile => Name + ".csv";

    /// <summary>True when <c>articles.jsonl</c> carries this layer (and --resume restores it from there).</summary>
    public abstract bool InJson { get; }

    /// <summary>Number of records the document has in this layer (0 when the layer is absent).</summary>
    public abstract int Count(Document document);

    internal abstract CsvTable CreateCsvTable(string directory, bool byteOrderMark);
    internal abstract IParquetLayerTable CreateParquetTable(string path);
    internal abstract void WriteCsvRows(CsvTable table, RowContext context);
    internal abstract void WriteJsonArray(Utf8JsonWriter json, RowContext context, Action<Utf8JsonWriter>? afterEachRow = null);
    /// <summary>Reads the layer's records from an article's JSON object; the returned action sets them on a document.</summary>
    internal abstract Action<Document>? Read(JsonElement article);
}

/// <inheritdoc cref="LayerSchema"/>
internal sealed class LayerSchema<TRecord> : LayerSchema
{
    private readonly Func<Document, IEnumerable<TRecord>> _rows;
    private readonly Func<IReadOnlyList<JsonRow<TRecord>>, Action<Document>>? _readJson;

    /// <param name="rows">The document's records in output order; empty when the layer is absent.</param>
    /// <param name="fromJson">Rebuilds a record from its JSON row; null for a layer <c>articles.jsonl</c> does not carry.</param>
    /// <param name="restore">Sets the rebuilt records on a document (with <paramref name="fromJson"/>).</param>
    /// <param name="jsonOrder">JSON field order when it differs from the CSV order.</param>
    /// <param name="readJson">
    /// Instead of <paramref name="fromJson"/> and <paramref name="restore"/>, for records that refer to
    /// records of earlier layers (a fact to its quantity): reads every row at once (the rows live only
    /// during the call) and returns what sets the records on the document, where the earlier layers
    /// are already restored and the references can be made.
    /// </param>
    public LayerSchema(string name, IReadOnlyList<Column<TRecord>> columns,
        Func<Document, IEnumerable<TRecord>> rows, Func<Document, int> count,
        Func<JsonRow<TRecord>, TRecord>? fromJson = null, Action<Document, List<TRecord>>? restore = null,
        IReadOnlyList<string>? jsonOrder = null,
        Func<IReadOnlyList<JsonRow<TRecord>>, Action<Document>>? readJson = null) : base(name)
    {
        Table = new TableSchema<TRecord>(name, columns);
        _rows = rows;
        _count = count;
        _readJson = readJson ?? (fromJson is null || restore is null ? null : jsonRows =>
        {
            var records = jsonRows.Select(fromJson).ToList();
            return document => restore(document, records);
        });
        JsonColumns = jsonOrder is null
            ? columns.Where(c => c.InJson).ToList()
            : jsonOrder.Select(n => columns.Single(c => c.Name == n)).ToList();
    }

    private readonly Func<Document, int> _count;

    public TableSchema<TRecord> Table { get; }
    public IReadOnlyList<Column<TRecord>> Columns => Table.Columns;
    public IReadOnlyList<Column<TRecord>> JsonColumns { get; }
    public override bool InJson => _readJson is not null;

    /// <summary>The document's records in output order.</summary>
    public IEnumerable<TRecord> Rows(Document document) => _rows(document);

    public override int Count(Document document) => _count(document);

    internal override CsvTable CreateCsvTable(string directory, bool byteOrderMark) => CsvTable.For(directory, Table, byteOrderMark);

    internal override IParquetLayerTable CreateParquetTable(string path) => new ParquetLayerTable<TRecord>(path, this);

    internal override void WriteCsvRows(CsvTable table, RowContext context) => table.WriteRows(Table, context, _rows(context.Doc));

    internal override void WriteJsonArray(Utf8JsonWriter json, RowContext context, Action<Utf8JsonWriter>? afterEachRow = null)
    {
        json.WriteStartArray(Name);
        foreach (var record in _rows(context.Doc))
        {
            json.WriteStartObject();
            foreach (var column in JsonColumns) column.WriteJson(json, context, record);
            json.WriteEndObject();
            afterEachRow?.Invoke(json);
        }
        json.WriteEndArray();
    }

    internal override Action<Document>? Read(JsonElement article)
    {
        if (_readJson is null) return null;
        return _readJson(article.GetProperty(Name).EnumerateArray().Select(row => new JsonRow<TRecord>(Table, row)).ToList());
    }
}
