import CGraphviz
import CohesionGraphvizShims
import Cohesion
import Foundation

/// The result of a render: the bytes, and what produced them.
public struct Rendering: Hashable, Sendable {
    /// The rendered file: SVG, PNG, PDF, DOT, JSON or plain text.
    public let data: Data
    /// The format of ``data``.
    public let format: OutputFormat
    /// The layout engine that was used, chosen by the caller or by size.
    public let engine: Engine
    /// The number of nodes Graphviz read.
    public let nodeCount: Int
    /// The number of edges Graphviz read.
    public let edgeCount: Int
    /// Graphviz's warnings, as it wrote them; empty when it had none.
    public let warnings: String

    /// The output as UTF-8 text, for the text formats; nil for PNG and PDF.
    public var text: String? { format.isText ? String(decoding: data, as: UTF8.self) : nil }
}

/// Lays out and renders DOT through the Graphviz C library.
///
/// The renderer calls `libgvc` directly (it never starts the `dot` program): it parses the
/// DOT with cgraph (`agread`, numbering objects in the order they appear so that a render
/// depends only on its input), lays it out with the chosen engine (`gvLayout`), renders it
/// to memory (`gvRenderData`) and frees the render buffer, the layout and the graph before
/// returning. Every call runs on ``GraphvizExecutor``, so any number of tasks may render at
/// once; Graphviz's plugins are loaded explicitly, so rendering works without Graphviz's
/// plugin-configuration file and without `dot` on `PATH`.
///
/// By default every layout runs under the render worker, a long-lived single-threaded process
/// of this executable (see ``Isolation`` and `RenderWorker.swift`), in a child it forks per
/// layout: Graphviz 2.42–2.43's `dot` accumulates state across layouts in one process and
/// eventually corrupts its heap; a layout that runs past its time limit is stopped by killing
/// the worker's process group. This process parses the DOT (for its messages and the engine choice), the worker
/// parses it again, lays it out and renders it. No process is forked from this one: a fork
/// from a process with threads can inherit a lock held forever (the rare hang of issue 20).
///
/// When no engine is given, the renderer picks one by size with
/// ``Engine/suited(nodeCount:edgeCount:)`` applied to its largest connected component, and
/// reports it in ``Rendering/engine``.
///
/// SVG output is well-formed XML whatever the input: characters XML forbids (C0 control
/// characters other than tab and line breaks, U+FFFE, U+FFFF), which Graphviz copies from
/// names into `<title>` and text, are replaced with U+FFFD.
///
/// Graphviz's messages become ``GraphvizError`` values carrying its own text (a syntax error
/// names the line and the token); warnings are returned in ``Rendering/warnings``.
///
/// ```swift
/// let renderer = GraphvizRenderer()
/// let svg = try await renderer.render(dot: "digraph { caf -> nantes }", format: .svg)
/// print(svg.engine, svg.text ?? "")
/// let pdf = try await renderer.render(dot: bigDOT, format: .pdf, timeLimit: .seconds(30))
/// ```
///
/// - Complexity: Parsing is linear in the DOT text; layout depends on the engine (`dot` is
///   super-linear and slow past a few hundred nodes, `sfdp` is near-linear).
public struct GraphvizRenderer: Sendable {
    /// Where the layout and rendering run.
    public enum Isolation: Hashable, Sendable {
        /// Under the render worker, a long-lived single-threaded process of this executable
        /// started with `posix_spawn` (the default), in a child the worker forks per layout.
        /// Graphviz 2.42's `dot` corrupts its heap after some tens to hundreds of layouts of
        /// clustered graphs in one process (the `dot` program itself aborts with
        /// "install_in_rank" errors when given the same graph 400 times); each layout starts
        /// from the worker's unchanged state, so renders cannot affect each other or this
        /// process, output depends only on the input, and a time limit can stop them.
        case workerProcess
        /// In this process, on the Graphviz executor, freeing the render buffer, the layout and
        /// the graph after each render. Saves the exchange with the worker, but with Graphviz
        /// 2.42 only safe for a bounded number of `dot` layouts per process; the spring engines
        /// (`neato`, `sfdp`…) were run 300 times in a loop without trouble.
        case inProcess

        /// The former name of ``workerProcess``, when each layout ran in a forked child.
        @available(*, deprecated, renamed: "workerProcess")
        public static var childProcess: Isolation { .workerProcess }
    }

    /// Where the layout runs; a render with a time limit always runs in the worker.
    public var isolation: Isolation

    /// Creates a renderer; all renderers share the one Graphviz context and worker.
    public init(isolation: Isolation = .workerProcess) { self.isolation = isolation }

    /// Lays out and renders DOT text.
    ///
    /// - Parameters:
    ///   - dot: one graph in the DOT language.
    ///   - sourceName: what Graphviz's messages call the input (a file name); `input` by default.
    ///   - format: what to produce.
    ///   - engine: the layout engine; nil picks one by size.
    ///   - timeLimit: stop the layout and throw ``GraphvizError/timedOut(engine:seconds:)``
    ///     when it runs longer; nil waits for it.
    /// - Throws: ``GraphvizError`` with Graphviz's message.
    public func render(dot: String, sourceName: String = "input", format: OutputFormat = .svg,
                       engine: Engine? = nil, timeLimit: Duration? = nil) async throws -> Rendering {
        try await GraphvizRenderer.renderSerially(dot: dot, sourceName: sourceName, format: format, engine: engine,
                                                  timeLimit: timeLimit, isolation: timeLimit == nil ? isolation : .workerProcess)
    }

    /// Lays out and renders a DOT document; see ``render(dot:sourceName:format:engine:timeLimit:)``.
    public func render(_ document: DOTDocument, format: OutputFormat = .svg, engine: Engine? = nil,
                       timeLimit: Duration? = nil) async throws -> Rendering {
        try await render(dot: DOTWriter().write(document), format: format, engine: engine, timeLimit: timeLimit)
    }

    /// The layout engines and output formats (`svg:core`, `png:cairo`…) that Graphviz
    /// registered from the explicitly loaded plugins.
    public func availablePlugins() async throws -> (layouts: [String], formats: [String]) {
        try await GraphvizRenderer.plugins()
    }

    @GraphvizExecutor
    private static func plugins() throws -> (layouts: [String], formats: [String]) {
        let context = try GraphvizContext.shared()
        return (context.pluginNames(kind: "layout"), context.pluginNames(kind: "device"))
    }

    /// Internal rather than private so tests can time a render from inside the executor, where
    /// no other render's turn in the queue counts against it.
    @GraphvizExecutor
    static func renderSerially(dot: String, sourceName: String, format: OutputFormat, engine: Engine?,
                               timeLimit: Duration?, isolation: Isolation = .workerProcess) throws -> Rendering {
        let graph = try parse(dot, sourceName: sourceName)
        defer { agclose(graph) }
        let nodeCount = Int(agnnodes(graph)), edgeCount = Int(agnedges(graph))
        let chosen: Engine
        if let engine {
            chosen = engine
        } else {
            let largest = largestComponent(graph)
            chosen = Engine.suited(nodeCount: largest.nodes, edgeCount: largest.edges)
        }
        var data: Data
        var workerWarnings = ""
        switch isolation {
        case .workerProcess:
            let formatName = GraphvizContext.formatName(format, hasCairo: try RenderWorker.pluginList().hasCairo)
            // The graph was only needed for its counts; the worker reads the text again.
            let answer = try RenderWorker.render(dot: dot, engine: chosen, formatName: formatName, timeLimit: timeLimit)
            switch answer.status {
            case 0: (data, workerWarnings) = (answer.data, answer.messages)
            case 1: throw GraphvizError.layoutFailed(engine: chosen, message: answer.messages)
            case 2: throw GraphvizError.renderFailed(format: format, message: answer.messages.isEmpty ? "no \(formatName) renderer" : answer.messages)
            case 3: throw GraphvizError.invalidDOT(answer.messages)
            case 5: throw GraphvizError.layoutFailed(engine: chosen, message: answer.messages)
            default: throw GraphvizError.unavailable(answer.messages)
            }
        case .inProcess:
            let context = try GraphvizContext.shared()
            data = try renderInProcess(context: context, graph: graph, engine: chosen, format: format,
                                       formatName: context.graphvizFormat(format))
        }
        if format == .svg { data = Self.wellFormedXML(data) }
        let (warnings, _) = MessageCapture.take()
        return Rendering(data: data, format: format, engine: chosen, nodeCount: nodeCount, edgeCount: edgeCount,
                         warnings: [warnings, workerWarnings].filter { !$0.isEmpty }.joined(separator: "\n"))
    }

    /// UTF-8 bytes with the characters XML 1.0 forbids replaced by U+FFFD: C0 controls other
    /// than tab, line feed and carriage return (single bytes, never inside a multi-byte
    /// sequence), and U+FFFE and U+FFFF.
    ///
    /// - Complexity: O(*n*) in the size of the data.
    static func wellFormedXML(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        func forbidden(_ i: Int) -> Int {
            let b = bytes[i]
            if b < 0x20 && b != 0x09 && b != 0x0a && b != 0x0d { return 1 }
            if b == 0xef && i + 2 < bytes.count && bytes[i + 1] == 0xbf && (bytes[i + 2] == 0xbe || bytes[i + 2] == 0xbf) {
                return 3
            }
            return 0
        }
        var i = 0
        var firstBad = -1
        while i < bytes.count { if forbidden(i) > 0 { firstBad = i; break }; i += 1 }
        guard firstBad >= 0 else { return data }
        var out = [UInt8](bytes[0..<firstBad])
        out.reserveCapacity(bytes.count + 16)
        i = firstBad
        while i < bytes.count {
            let n = forbidden(i)
            if n > 0 { out += [0xef, 0xbf, 0xbd]; i += n } else { out.append(bytes[i]); i += 1 }
        }
        return Data(out)
    }

    /// Parses DOT with cgraph, naming the input and restarting the line count first (cgraph
    /// keeps both in globals, so without this a message would count lines from earlier inputs).
    /// Starts message capture; the caller closes the graph.
    @GraphvizExecutor
    static func parse(_ dot: String, sourceName: String) throws -> UnsafeMutablePointer<Agraph_t> {
        MessageCapture.begin()
        MessageCapture.name(input: sourceName)
        // Flush whatever the lexer kept from the previous input (a look-ahead newline would
        // otherwise shift this input's line numbers).
        aglexbad()
        let parsed = dot.utf8CString.withUnsafeBufferPointer { text in
            cohesion_gv_read_dot(text.baseAddress, text.count - 1)
        }
        guard let graph = parsed else {
            let (text, _) = MessageCapture.take()
            // A failed parse can leave the lexer mid-buffer; reset it for the next input.
            aglexbad()
            throw GraphvizError.invalidDOT(text.isEmpty ? "the text holds no graph" : text)
        }
        let parseMessages = MessageCapture.current
        if agerrors() != 0 {
            _ = MessageCapture.take()
            agclose(graph)
            throw GraphvizError.invalidDOT(parseMessages)
        }
        return graph
    }

    @GraphvizExecutor
    private static func renderInProcess(context: GraphvizContext, graph: UnsafeMutablePointer<Agraph_t>, engine: Engine,
                                        format: OutputFormat, formatName: String) throws -> Data {
        guard gvLayout(context.gvc, graph, engine.rawValue) == 0 else {
            let (text, _) = MessageCapture.take()
            throw GraphvizError.layoutFailed(engine: engine, message: text)
        }
        defer { gvFreeLayout(context.gvc, graph) }
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(context.gvc, graph, formatName, &buffer, &length) == 0, let buffer else {
            let (text, _) = MessageCapture.take()
            throw GraphvizError.renderFailed(format: format, message: text.isEmpty ? "no \(formatName) renderer" : text)
        }
        defer { gvFreeRenderData(buffer) }
        return Data(bytes: buffer, count: Int(length))
    }

    /// The node and edge counts of the largest weakly connected component (union–find over
    /// cgraph's edges).
    @GraphvizExecutor
    static func largestComponent(_ graph: UnsafeMutablePointer<Agraph_t>) -> (nodes: Int, edges: Int) {
        var index: [UnsafeMutablePointer<Agnode_t>: Int] = [:]
        var node = agfstnode(graph)
        while let n = node {
            index[n] = index.count
            node = agnxtnode(graph, n)
        }
        var parent = Array(0..<index.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var ends: [(Int, Int)] = []
        node = agfstnode(graph)
        while let n = node {
            var edge = agfstout(graph, n)
            while let e = edge {
                if let a = index[cohesion_agtail(e)], let b = index[cohesion_aghead(e)] {
                    ends.append((a, b))
                    let ra = find(a), rb = find(b)
                    if ra != rb { parent[ra] = rb }
                }
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
        var nodes = [Int: Int](), edges = [Int: Int]()
        for i in 0..<parent.count { nodes[find(i), default: 0] += 1 }
        for (a, _) in ends { edges[find(a), default: 0] += 1 }
        guard let root = nodes.max(by: { ($0.value, edges[$0.key] ?? 0) < ($1.value, edges[$1.key] ?? 0) })?.key
        else { return (0, 0) }
        return (nodes[root] ?? 0, edges[root] ?? 0)
    }
}
