import ArgumentParser
import Cohesion
import Foundation

extension RegressionNull: ExpressibleByArgument {}

/// The options `netlm` and `netlogit` share: the outcome, the predictors, the null hypothesis.
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

    /// The design, with its selection.
    func design(input: InputOptions, selection: SelectionOptions) throws -> (DyadicDesign, GraphSelection) {
        guard !predictors.isEmpty else { throw ToolError("give at least one --predictor (a layer, same:ATTR or diff:ATTR)") }
        guard null == .classical || reps >= 1 else { throw ToolError("--reps must be at least 1") }
        let network = try input.load(file)
        var chosen = try selection.selection(for: network)
        chosen.layers = nil
        do {
            return (try DyadicDesign(network, outcome: outcome, predictors: predictors.map(DyadicDesign.Predictor.init(parsing:)),
                                     selection: chosen), chosen)
        } catch let error as RegressionError {
            throw ToolError("\(file): \(error.description)")
        } catch let error as GraphError {
            throw NetworkFile.locating(error, in: network, path: file, options: input.readOptions)
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
    @OptionGroup var input: InputOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var output: OutputOptions

    func execute() throws {
        let (design, chosen) = try regression.design(input: input, selection: selection)
        let options = TerminalProgress.options("netlm", nodeCount: regression.reps * design.nodeCount * design.nodeCount, threshold: 5_000_000)
        let fit: NetworkRegression
        do {
            fit = try NetworkRegression(design, null: regression.null, permutations: regression.reps, seed: regression.seed, options: options)
        } catch let error as RegressionError {
            throw ToolError("\(regression.file): \(error.description)")
        }
        switch output.format {
        case .json:
            var members = regression.header("netlm", cells: fit.cellCount, null: fit.null, permutations: fit.permutations)
            members.append(("terms", regression.termsJSON(fit.terms, statistic: "t")))
            members += [("rSquared", .number(fit.rSquared)), ("adjustedRSquared", .number(fit.adjustedRSquared)),
                        ("residualStandardError", .number(fit.residualStandardError))]
            try output.emit(json: .object(members), stating: chosen)
        case .csv: try output.emit(regression.table(fit.terms, statistic: "t").render(.csv), stating: chosen)
        case .table, .markdown:
            var text = "netlm: \(regression.outcome) on \(regression.predictors.joined(separator: ", ")) over \(fit.cellCount) pairs; \(regression.nullText(fit.null, fit.permutations))\n"
            text += regression.table(fit.terms, statistic: "t").render(output.format)
            text += "R² \(short(fit.rSquared)) (adjusted \(short(fit.adjustedRSquared))), residual standard error \(short(fit.residualStandardError))\n"
            try output.emit(text, stating: chosen)
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
    @OptionGroup var input: InputOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var output: OutputOptions

    func execute() throws {
        let (design, chosen) = try regression.design(input: input, selection: selection)
        let options = TerminalProgress.options("netlogit", nodeCount: regression.reps * design.nodeCount * design.nodeCount, threshold: 1_000_000)
        let fit: NetworkLogit
        do {
            fit = try NetworkLogit(design, null: regression.null, permutations: regression.reps, seed: regression.seed, options: options)
        } catch let error as RegressionError {
            throw ToolError("\(regression.file): \(error.description)")
        }
        switch output.format {
        case .json:
            var members = regression.header("netlogit", cells: fit.cellCount, null: fit.null, permutations: fit.permutations)
            members.append(("terms", regression.termsJSON(fit.terms, statistic: "z")))
            members += [("deviance", .number(fit.deviance)), ("nullDeviance", .number(fit.nullDeviance)), ("aic", .number(fit.aic))]
            try output.emit(json: .object(members), stating: chosen)
        case .csv: try output.emit(regression.table(fit.terms, statistic: "z").render(.csv), stating: chosen)
        case .table, .markdown:
            var text = "netlogit: \(regression.outcome) on \(regression.predictors.joined(separator: ", ")) over \(fit.cellCount) pairs; \(regression.nullText(fit.null, fit.permutations))\n"
            text += regression.table(fit.terms, statistic: "z").render(output.format)
            text += "deviance \(short(fit.deviance)), AIC \(short(fit.aic))\n"
            try output.emit(text, stating: chosen)
        }
    }
}

/// Four significant digits, for summary lines.
private func short(_ x: Double) -> String { x.isNaN ? "NaN" : String(format: "%.4g", x) }
