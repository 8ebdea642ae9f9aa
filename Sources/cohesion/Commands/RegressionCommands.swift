import ArgumentParser
import Cohesion
import Foundation

extension RegressionNull: ExpressibleByArgument {}

/// The options `netlm` and `netlogit` share: the outcome, the predictors, the null hypothesis,
/// and the input, selection and output groups, so the two commands differ only in their model.
struct RegressionArguments: ParsableArguments {
    @Argument(help: "A network file.")
    var file: String

    @Option(help: "The outcome layer (tie kind).")
    var outcome: String

    @Option(name: .customLong("predictor"), help: "A predictor (repeatable): a layer, same:ATTR (same value of an attribute) or diff:ATTR (absolute difference of a numeric attribute).")
    var predictors: [String] = []

    @Option(help: "The null hypothesis: classical, qap (= qapspp), qapspp, qapy or qapx.")
    var null: RegressionNull = .qapspp

    @Option(help: "Permutations per term.")
    var reps: Int = 1000

    @Option(help: "The random seed (same seed, same p-values).")
    var seed: UInt64 = 1

    @OptionGroup var input: InputOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var output: OutputOptions

    /// The design, with its selection.
    func design() throws -> (DyadicDesign, GraphSelection) {
        guard !predictors.isEmpty else { throw ToolError("give at least one --predictor (a layer, same:ATTR or diff:ATTR)") }
        guard null == .classical || reps >= 1 else { throw ToolError("--reps must be at least 1") }
        let network = try input.load(file)
        var chosen = try selection.selection(for: network)
        chosen.layers = nil
        do {
            return (try DyadicDesign(network, outcome: outcome, predictors: predictors.map(DyadicDesign.Predictor.init(parsing:)),
                                     selection: chosen), chosen)
        } catch where ToolError.isLibraryError(error) {
            throw ToolError.located(error, in: network, file: file, input: input)
        }
    }

    /// The terms as a table: estimate, stdError, the statistic, p and the one-sided shares.
    func table(_ terms: [RegressionTerm], statistic: String) -> MeasureTable {
        var table = MeasureTable(columns: ["estimate", "stdError", statistic, "p", "pGreaterEqual", "pLessEqual"], idColumn: "term", rowsKey: "terms")
        for t in terms {
            table.append(id: t.name, [.number(t.estimate), .number(t.standardError), .number(t.statistic), .number(t.p),
                                      .number(t.pGreaterOrEqual), .number(t.pLessOrEqual)])
        }
        return table
    }

    /// The contract's JSON terms: term, estimate, stdError, p, and the statistic.
    func termsJSON(_ terms: [RegressionTerm], statistic: String) -> JSONValue {
        func number(_ x: Double) -> JSONValue { x.isNaN ? .null : .number(x) }
        return .array(terms.map { t in
            .object([("term", .string(t.name)), ("estimate", number(t.estimate)), ("stdError", number(t.standardError)),
                     (statistic, number(t.statistic)), ("p", number(t.p)), ("pGreaterEqual", number(t.pGreaterOrEqual)),
                     ("pLessEqual", number(t.pLessOrEqual))])
        })
    }

    func header(_ model: String, cells: Int, null: RegressionNull, permutations: Int) -> [(String, JSONValue)] {
        [("model", .string(model)), ("outcome", .string(outcome)), ("predictors", .array(predictors.map(JSONValue.string))),
         ("null", .string(null.rawValue)), ("reps", .integer(permutations)), ("seed", .integer(Int(truncatingIfNeeded: seed))),
         ("cells", .integer(cells))]
    }

    /// Builds the design, fits a model with terminal progress (naming the file in its errors)
    /// and writes it: JSON (header, terms, then the model's own fields), CSV (the terms) or a
    /// table between a first line and the model's closing summary line.
    func run<Fit: FittedNetworkModel>(_ fitting: Fit.Type, _ model: String, statistic: String, threshold: Int,
                                      results: (Fit) -> (fields: [(String, JSONValue)], closing: String)) throws {
        let (design, chosen) = try self.design()
        let options = TerminalProgress.options(model, nodeCount: reps * design.nodeCount * design.nodeCount, threshold: threshold)
        let fit = try naming(file) { try Fit(design, null: null, permutations: reps, seed: seed, options: options) }
        let (fields, closing) = results(fit)
        switch output.format {
        case .json:
            var members = header(model, cells: fit.cellCount, null: fit.null, permutations: fit.permutations)
            members.append(("terms", termsJSON(fit.terms, statistic: statistic)))
            members += fields
            try output.emit(json: .object(members), stating: chosen)
        case .csv: try output.emit(table(fit.terms, statistic: statistic).render(.csv), stating: chosen)
        case .table, .markdown:
            var text = "\(model): \(outcome) on \(predictors.joined(separator: ", ")) over \(fit.cellCount) pairs; \(nullText(fit.null, fit.permutations))\n"
            text += table(fit.terms, statistic: statistic).render(output.format)
            text += closing
            try output.emit(text, stating: chosen)
        }
    }

    func nullText(_ null: RegressionNull, _ permutations: Int) -> String {
        null == .classical ? "classical p-values" : "\(null.rawValue), \(permutations) permutations per term, seed \(seed)"
    }
}

/// `cohesion netlm FILE --outcome LAYER --predictor …`: multiple regression QAP (sna's netlm).
struct NetlmCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "netlm",
        abstract: "Regress one layer on others and on attribute matrices over the stakeholder pairs, with QAP p-values (sna's netlm).",
        discussion: """
            Ordinary least squares over the off-diagonal cells (all ordered pairs, or the pairs i > j \
            when the outcome layer is undirected), an intercept first. Predictors: a layer (1 for a \
            tie, its weight with --weights strength), same:ATTR (1 when both stakeholders share the \
            attribute's value), diff:ATTR (the absolute difference of a numeric attribute). p-values: \
            classical (Student's t), qapy (outcome permuted), qapx (each predictor permuted), qapspp \
            or qap (Dekker's semi-partialling). R² is sna's, mss/(mss+rss). Same --seed, same result.
            """)

    @OptionGroup var regression: RegressionArguments

    func execute() throws {
        try regression.run(NetworkRegression.self, "netlm", statistic: "t", threshold: 5_000_000) { fit in
            ([("rSquared", .number(fit.rSquared)), ("adjustedRSquared", .number(fit.adjustedRSquared)),
              ("residualStandardError", .number(fit.residualStandardError))],
             "R² \(short(fit.rSquared)) (adjusted \(short(fit.adjustedRSquared))), residual standard error \(short(fit.residualStandardError))\n")
        }
    }
}

/// `cohesion netlogit FILE --outcome LAYER --predictor …`: logistic regression QAP (sna's netlogit).
struct NetlogitCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "netlogit",
        abstract: "Logistic regression of a layer's ties on other layers and attribute matrices, with QAP p-values (sna's netlogit).",
        discussion: """
            As netlm, for a binary outcome (a tie or none): maximum likelihood as R's glm.fit, the \
            statistic z = estimate / standard error, permuted as netlm's t. The null deviance is sna's \
            (μ = ½ in every cell).
            """)

    @OptionGroup var regression: RegressionArguments

    func execute() throws {
        try regression.run(NetworkLogit.self, "netlogit", statistic: "z", threshold: 1_000_000) { fit in
            ([("deviance", .number(fit.deviance)), ("nullDeviance", .number(fit.nullDeviance)), ("aic", .number(fit.aic))],
             "deviance \(short(fit.deviance)), AIC \(short(fit.aic))\n")
        }
    }
}

/// What `netlm` and `netlogit` fit and write: both models take the same design and test options.
protocol FittedNetworkModel {
    init(_ design: DyadicDesign, null: RegressionNull, permutations: Int, seed: UInt64, options: ComputationOptions) throws
    var cellCount: Int { get }
    var null: RegressionNull { get }
    var permutations: Int { get }
    var terms: [RegressionTerm] { get }
}

extension NetworkRegression: FittedNetworkModel {}
extension NetworkLogit: FittedNetworkModel {}

/// Four significant digits, for summary lines.
private func short(_ x: Double) -> String { x.isNaN ? "NaN" : String(format: "%.4g", x) }
