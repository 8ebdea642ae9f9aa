/// A sum of money with its currency and the year it refers to.
///
/// ```swift
/// let grant = Amount(value: 1_200_000, currency: "EUR", year: 2022)
/// ```
public struct Amount: Hashable, Sendable {
    /// The sum; never negative in a valid network.
    public var value: Double
    /// An ISO 4217 code (`EUR`).
    public var currency: String
    /// The year the sum refers to, if known.
    public var year: Int?

    /// Creates an amount; the currency defaults to euros.
    public init(value: Double, currency: String = "EUR", year: Int? = nil) {
        self.value = value
        self.currency = currency
        self.year = year
    }
}

/// A typed, dated, sourced relation between two stakeholders.
///
/// A tie runs from `source` to `target` (for an undirected kind the order carries no meaning).
/// It may name the instrument that carries it (PSU, CTG, CEJ, DSP…), an amount, a weight, the
/// years it held (both ends inclusive; either may be open), the sources that document it, and
/// and what documents it (``TieEvidence``: a local source, a national fact, a general rule
/// applied locally, or nothing — an illustrative tie).
///
/// ```swift
/// let psu = Tie(source: "caf-nord", target: "leo-lagrange", kind: .funding, instrument: "PSU",
///               firstYear: 2023, citations: ["caf-psu"])
/// ```
public struct Tie: Hashable, Sendable {
    /// The id of the stakeholder the tie starts from.
    public var source: String
    /// The id of the stakeholder the tie points to.
    public var target: String
    /// What the tie is; carries its direction and sign.
    public var kind: TieKind
    /// The instrument that carries the tie (PSU, CTG, CEJ, DSP, COG…).
    public var instrument: String?
    /// A sum of money the tie carries.
    public var amount: Amount?
    /// A weight given by the analyst (intensity, frequency…); its meaning is chosen at analysis.
    public var weight: Double?
    /// The first year the tie held, inclusive.
    public var firstYear: Int?
    /// The last year the tie held, inclusive.
    public var lastYear: Int?
    /// Ids of the network's sources that document this tie.
    public var citations: [String]
    /// What documents the tie; nil when the file does not say.
    public var evidence: TieEvidence?
    /// True when the tie illustrates a plausible relation that no source documents: the same
    /// as ``evidence`` being ``TieEvidence/illustrative``. Setting it true sets that evidence;
    /// setting it false clears an illustrative evidence and keeps any other.
    public var isIllustrative: Bool {
        get { evidence == .illustrative }
        set {
            if newValue { evidence = .illustrative } else if evidence == .illustrative { evidence = nil }
        }
    }
    /// Free attributes.
    public var attributes: [String: AttributeValue]
    /// A free note.
    public var note: String?

    /// Creates a tie; `isIllustrative: true` is the same as `evidence: .illustrative`.
    public init(
        source: String, target: String, kind: TieKind, instrument: String? = nil, amount: Amount? = nil,
        weight: Double? = nil, firstYear: Int? = nil, lastYear: Int? = nil, citations: [String] = [],
        isIllustrative: Bool = false, evidence: TieEvidence? = nil, attributes: [String: AttributeValue] = [:],
        note: String? = nil
    ) {
        self.source = source
        self.target = target
        self.kind = kind
        self.instrument = instrument
        self.amount = amount
        self.weight = weight
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.citations = citations
        self.evidence = isIllustrative ? .illustrative : evidence
        self.attributes = attributes
        self.note = note
    }

    /// Whether the tie held in a given year: open ends count as holding.
    public func isValid(in year: Int) -> Bool {
        if let firstYear, year < firstYear { return false }
        if let lastYear, year > lastYear { return false }
        return true
    }
}
