/// Which variables of a DNA database become a network's actors, concepts and qualifier.
///
/// The defaults are rDNA's `dna_network` defaults: statement type `"DNA Statement"`,
/// `variable1 = "organization"`, `variable2 = "concept"`, `qualifier = "agreement"`.
///
/// ```swift
/// var options = DNAReadOptions()
/// options.actorVariable = "person"
/// ```
public struct DNAReadOptions: Hashable, Sendable {
    /// The statement type's label.
    public var statementType: String
    /// The short-text variable whose values are the actors (rows).
    public var actorVariable: String
    /// The short-text variable whose values are the concepts (columns).
    public var conceptVariable: String
    /// The boolean or integer variable that qualifies statements.
    public var qualifierVariable: String

    /// Creates options; the defaults are rDNA's.
    public init(statementType: String = "DNA Statement", actorVariable: String = "organization",
                conceptVariable: String = "concept", qualifierVariable: String = "agreement") {
        self.statementType = statementType
        self.actorVariable = actorVariable
        self.conceptVariable = conceptVariable
        self.qualifierVariable = qualifierVariable
    }
}

/// Reads the databases of Leifeld's Discourse Network Analyzer (DNA 3, `.dna` files, SQLite)
/// into a ``Network`` with stakeholders, concepts and statements.
///
/// Each statement of the chosen statement type becomes a ``Statement``: its actor and concept
/// are the entities of the actor and concept variables, its qualifier the boolean (agreement)
/// or integer variable (an ordinal level; the scale spans the levels found), its date the
/// date of its document, its citation the document (a ``Source`` `document-ID`) with the
/// coded words as the excerpt. The statement type's other variables become attributes, and
/// `dnaStatement` keeps DNA's statement id. Actors become stakeholders whose kind is their
/// DNA `Type` attribute; concepts keep DNA's `ChildOf` hierarchy where the parent is a concept
/// in use.
///
/// Actors and concepts are listed in the order DNA's exporter sorts its labels (Java string
/// order, Exporter.java `extractLabels`), and statements in DNA's statement order (date,
/// document, position, id: `Statement.compareTo`), so networks built from the file come out
/// in DNA's row and column order. Statements with an empty actor or concept are left out, as
/// the exporter leaves them out of every network (`filterStatements`, "check against empty
/// fields"); the diagnostics count them.
///
/// ```swift
/// let network = try DNADatabase.read(path: "sample.dna")
/// let twoMode = try DiscourseNetwork(network, options: DiscourseOptions())
/// ```
///
/// - Complexity: O(*s* log *s*) for *s* statements, plus SQLite's queries.
public enum DNADatabase {
    /// Reads a `.dna` file.
    ///
    /// - Throws: ``InvalidNetwork`` when the file is not a DNA 3 database or lacks the variables.
    public static func read(path: String, options: DNAReadOptions = DNAReadOptions()) throws -> Network {
        try read(bytes: NetworkFile.readBytes(path), file: path, options: options).network
    }

    /// Reads a database image; `file` names it in diagnostics. Returns warnings beside the network.
    ///
    /// - Throws: ``InvalidNetwork`` when the bytes are not a DNA 3 database or lack the variables.
    public static func read(bytes: [UInt8], file: String, options: DNAReadOptions = DNAReadOptions())
        throws -> (network: Network, warnings: [Diagnostic])
    {
        let db = try SQLiteDatabase(bytes: bytes, file: file)
        func fail(_ message: String) -> InvalidNetwork { InvalidNetwork([Diagnostic(.error, message, file: file)]) }
        let tables = Set(try db.rows("SELECT name FROM sqlite_master WHERE type = 'table'") { $0.text(0) ?? "" })
        for required in ["SETTINGS", "DOCUMENTS", "STATEMENTTYPES", "VARIABLES", "STATEMENTS", "ENTITIES", "DATASHORTTEXT"]
        where !tables.contains(required) {
            throw fail("not a DNA 3 database: no \(required) table")
        }
        let version = try db.rows("SELECT Value FROM SETTINGS WHERE Property = 'version'") { $0.text(0) ?? "" }.first
        guard let version, version.hasPrefix("3.") else {
            throw fail("not a DNA 3 database (version \(version ?? "unknown"); DNA 2 files must be opened and saved in DNA 3 first)")
        }
        guard let typeID = try db.rows("SELECT ID FROM STATEMENTTYPES WHERE Label = ?", [.text(options.statementType)], { $0.int(0) }).first else {
            let labels = try db.rows("SELECT Label FROM STATEMENTTYPES ORDER BY ID") { $0.text(0) ?? "" }
            throw fail("no statement type '\(options.statementType)' (the database has: \(labels.joined(separator: ", ")))")
        }
        struct Variable { var id: Int64; var name: String; var type: String }
        let variables = try db.rows("SELECT ID, Variable, DataType FROM VARIABLES WHERE StatementTypeId = ? ORDER BY ID", [.integer(typeID)]) {
            Variable(id: $0.int(0), name: $0.text(1) ?? "", type: $0.text(2) ?? "")
        }
        func variable(_ name: String, types: Set<String>, role: String) throws -> Variable {
            guard let v = variables.first(where: { $0.name == name }) else {
                throw fail("statement type '\(options.statementType)' has no variable '\(name)' for the \(role) (it has: \(variables.map(\.name).joined(separator: ", ")))")
            }
            guard types.contains(v.type) else { throw fail("variable '\(name)' is \(v.type), but the \(role) must be \(types.sorted().joined(separator: " or "))") }
            return v
        }
        let actorVar = try variable(options.actorVariable, types: ["short text"], role: "actors")
        let conceptVar = try variable(options.conceptVariable, types: ["short text"], role: "concepts")
        let qualifierVar = try variable(options.qualifierVariable, types: ["boolean", "integer"], role: "qualifier")

        // Documents.
        struct Document { var id: Int64; var title: String; var text: [UInt16]; var source: String; var date: Int64 }
        var documents: [Int64: Document] = [:]
        for d in try db.rows("SELECT ID, Title, Text, Source, Date FROM DOCUMENTS", { row in
            Document(id: row.int(0), title: row.text(1) ?? "", text: Array((row.text(2) ?? "").utf16), source: row.text(3) ?? "", date: row.int(4))
        }) { documents[d.id] = d }

        // Statements with their variables.
        struct Raw { var id: Int64; var document: Int64; var start: Int64; var stop: Int64
            var values: [Int64: AttributeValue] = [:]; var entities: [Int64: Int64] = [:] }
        var raws: [Int64: Raw] = [:]
        for r in try db.rows("SELECT ID, DocumentId, Start, Stop FROM STATEMENTS WHERE StatementTypeId = ?", [.integer(typeID)], {
            Raw(id: $0.int(0), document: $0.int(1), start: $0.int(2), stop: $0.int(3))
        }) { raws[r.id] = r }
        struct Entity { var value: String; var parent: Int64? }
        var entities: [Int64: Entity] = [:]
        for (id, e) in try db.rows("SELECT ID, Value, ChildOf FROM ENTITIES", { ($0.int(0), Entity(value: $0.text(1) ?? "", parent: $0.isNull(2) ? nil : $0.int(2))) }) {
            entities[id] = e
        }
        for (sid, vid, eid) in try db.rows("SELECT StatementId, VariableId, Entity FROM DATASHORTTEXT", { ($0.int(0), $0.int(1), $0.int(2)) }) {
            raws[sid]?.entities[vid] = eid
            if let e = entities[eid] { raws[sid]?.values[vid] = .string(e.value) }
        }
        if tables.contains("DATALONGTEXT") {
            for (sid, vid, text) in try db.rows("SELECT StatementId, VariableId, Value FROM DATALONGTEXT", { ($0.int(0), $0.int(1), $0.text(2) ?? "") }) {
                raws[sid]?.values[vid] = .string(text)
            }
        }
        for table in ["DATABOOLEAN", "DATAINTEGER"] where tables.contains(table) {
            for (sid, vid, value) in try db.rows("SELECT StatementId, VariableId, Value FROM \(table)", { ($0.int(0), $0.int(1), $0.int(2)) }) {
                raws[sid]?.values[vid] = table == "DATABOOLEAN" ? .bool(value != 0) : .integer(Int(clamping: value))
            }
        }

        // DNA's statement order: date, document, start, stop, id.
        let ordered = raws.values.sorted { a, b in
            let da = documents[a.document]?.date ?? 0, db = documents[b.document]?.date ?? 0
            return (da, a.document, a.start, a.stop, a.id) < (db, b.document, b.start, b.stop, b.id)
        }

        var network = Network(title: file.split(separator: "/").last.map(String.init))
        var warnings: [Diagnostic] = []
        var skipped = 0
        var usedDocuments = Set<Int64>()
        var actorEntity: [String: Int64] = [:]
        var conceptEntity: [String: Int64] = [:]
        var levels: [Int] = []
        for raw in ordered {
            guard case .string(let actor)? = raw.values[actorVar.id], case .string(let concept)? = raw.values[conceptVar.id],
                  !actor.isEmpty, !concept.isEmpty else {
                skipped += 1
                continue
            }
            guard let document = documents[raw.document] else { throw fail("statement \(raw.id) belongs to no document") }
            var s = Statement(actor: actor, concept: concept)
            switch raw.values[qualifierVar.id] {
            case .bool(let b)?: s.qualifier = .agreement(b)
            case .integer(let i)?: s.qualifier = .level(i); levels.append(i)
            default:
                if qualifierVar.type == "integer" { s.qualifier = .level(0); levels.append(0) } else { s.qualifier = .agreement(true) }
            }
            let secondOfDay = ((document.date % 86_400) + 86_400) % 86_400
            s.date = StatementDate(seconds: document.date, precision: secondOfDay == 0 ? .day : .second)
            let lo = Int(clamping: max(0, raw.start)), hi = Int(clamping: min(Int64(document.text.count), raw.stop))
            let excerpt = lo < hi ? String(decoding: document.text[lo..<hi], as: UTF16.self) : nil
            s.citations = [StatementCitation(source: "document-\(document.id)", excerpt: excerpt)]
            for v in variables where v.id != actorVar.id && v.id != conceptVar.id && v.id != qualifierVar.id {
                if let value = raw.values[v.id], value != .string("") { s.attributes[v.name] = value }
            }
            s.attributes["dnaStatement"] = .integer(Int(clamping: raw.id))
            usedDocuments.insert(document.id)
            if actorEntity[actor] == nil { actorEntity[actor] = raw.entities[actorVar.id] }
            if conceptEntity[concept] == nil { conceptEntity[concept] = raw.entities[conceptVar.id] }
            network.statements.append(s)
        }
        if skipped > 0 {
            warnings.append(Diagnostic(.warning, "\(skipped) statement(s) of type '\(options.statementType)' have an empty \(options.actorVariable) or \(options.conceptVariable) and are left out, as DNA leaves them out of its networks", file: file))
        }
        if qualifierVar.type == "integer", let lo = levels.min(), let hi = levels.max() {
            network.qualifierScale = QualifierScale(minimum: lo, maximum: max(hi, lo + 1))
        }

        for id in usedDocuments.sorted() {
            guard let d = documents[id] else { continue }
            network.sources.append(Source(id: "document-\(id)", title: d.title, publisher: d.source.isEmpty ? nil : d.source,
                                          date: StatementDate(seconds: d.date, precision: .day).description))
        }

        // Entity attributes (Type, Alias, Notes…) for the actors.
        var attributes: [Int64: [String: AttributeValue]] = [:]
        if tables.contains("ATTRIBUTEVALUES") && tables.contains("ATTRIBUTEVARIABLES") {
            for (entity, name, value) in try db.rows("""
                SELECT v.EntityId, a.AttributeVariable, v.AttributeValue FROM ATTRIBUTEVALUES v
                JOIN ATTRIBUTEVARIABLES a ON a.ID = v.AttributeVariableId WHERE a.VariableId = ?
                """, [.integer(actorVar.id)], { ($0.int(0), $0.text(1) ?? "", $0.text(2) ?? "") }) where !value.isEmpty {
                attributes[entity, default: [:]][name] = .string(value)
            }
        }
        var kinds: [String: StakeholderKind] = [:]
        for actor in actorEntity.keys.sorted(by: javaOrder) {
            let attrs = actorEntity[actor].flatMap { attributes[$0] } ?? [:]
            var kind = StakeholderKind(id: "actor", name: "actor")
            if case .string(let type)? = attrs["Type"] {
                let id = slug(type)
                kind = network.stakeholderKind(id: id) ?? kinds[id] ?? StakeholderKind(id: id, name: type)
            }
            if network.stakeholderKind(id: kind.id) == nil && kinds[kind.id] == nil {
                kinds[kind.id] = kind
                network.stakeholderKinds.append(kind)
            }
            network.stakeholders.append(Stakeholder(id: actor, kind: kind, attributes: attrs))
        }
        let conceptValues = conceptEntity.keys.sorted(by: javaOrder)
        let inUse = Set(conceptValues)
        for concept in conceptValues {
            let parent = conceptEntity[concept].flatMap { entities[$0]?.parent }.flatMap { entities[$0]?.value }
            network.concepts.append(Concept(id: concept, parent: parent.flatMap { inUse.contains($0) && $0 != concept ? $0 : nil }))
        }
        return (network, warnings)
    }

    /// Java's `String.compareTo`: lexicographic over UTF-16 code units.
    static func javaOrder(_ a: String, _ b: String) -> Bool { a.utf16.lexicographicallyPrecedes(b.utf16) }

    /// A kind id from a DNA type name: lower case, runs of other characters as one dash.
    static func slug(_ text: String) -> String {
        var out = ""
        for c in text.lowercased() {
            if c.isLetter || c.isNumber { out.append(c) } else if !out.isEmpty && out.last != "-" { out.append("-") }
        }
        while out.last == "-" { out.removeLast() }
        return out.isEmpty ? "actor" : out
    }
}
