using FactExtract.Entities;
using FactExtract.Quantities;

namespace FactExtract.Facts;

/// <summary>
/// One fact. <c>Start/End</c> are the offsets of the fact's anchor (the quantity, the quote, the
/// role phrase). Values stay typed here and refer to the records they came from (the quantity,
/// the entities, the date); the exporter turns them into text.
/// </summary>
public sealed record Fact(int Start, int End, FactKind Kind, int Sentence)
{
    /// <summary>
    /// For quantity facts, the quantity it states: the same record as in the document's quantities
    /// layer, with its kind, value (a range's low end), <see cref="Quantities.Quantity.ValueTo"/>, unit
    /// and qualifier. Null for quotes and roles.
    /// </summary>
    public Quantity? Quantity { get; init; }

    /// <summary>The quantity's kind for quantity facts (NUMBER, PERCENT…), else null.</summary>
    public QuantityKind? QuantityKind => Quantity?.Kind;

    /// <summary>For quotes the quoted words, for roles the role phrase (whitespace collapsed); empty for quantity facts.</summary>
    public string Text { get; init; } = "";

    /// <summary>What a quantity counts or measures ("people", "arrivals"); empty when not stated.</summary>
    public string Measure { get; init; } = "";

    /// <summary>
    /// The canonical name of what the fact is about (for quotes the speaker, for roles the person);
    /// empty when none. It is an entity's name, or a name the recognizer did not tag ("the 47-member EPC").
    /// </summary>
    public string Subject { get; init; } = "";

    /// <summary>A mention of <see cref="Subject"/> in the entities layer (in or before the fact's sentence when it has one), or null when the subject is not a tagged entity.</summary>
    public Entity? SubjectEntity { get; init; }

    /// <summary>The entities of the fact's sentence, one mention per canonical name, in text order (records of the entities layer).</summary>
    public IReadOnlyList<Entity> Entities { get; init; } = [];

    /// <summary>When the fact holds: a DATE quantity of its sentence, or for quotes and roles the article's date; null when not stated.</summary>
    public FactTime? Time { get; init; }

    /// <summary>Whether the text presents the quantity as an increase or a decrease.</summary>
    public ChangeDirection Change { get; init; }
}
