import CGraphviz
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
/// DOT with cgraph (`agmemread`), lays it out with the chosen engine (`gvLayout`), renders it
/// to memory (`gvRenderData`) and frees the render buffer, the layout and the graph before
/// returning. Every call runs on ``GraphvizExecutor``, so any number of tasks may render at
/// once; Graphviz's plugins are loaded explicitly, so rendering works without Graphviz's
/// plugin-configuration file and without `dot` on `PATH`.
///
/// When no engine is given, the renderer picks one by size with
/// ``Engine/suited(nodeCount:edgeCount:hasClusters:)`` and reports it in ``Rendering/engine``.
/// With a time limit, the layout runs in a forked child process that is killed when the
/// limit passes, so an engine that would run for minutes cannot hold the caller or
/// Graphviz's queue; the parent's Graphviz state is untouched either way.
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
    /// Creates a renderer; all renderers share the one Graphviz context.
    public init() {}

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
                                                  timeLimit: timeLimit)
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
                                       timeLimit: Duration?) throws -> Rendering {
        let context = try GraphvizContext.shared()
        let graph = try parse(dot, sourceName: sourceName)
        defer { agclose(graph) }
        let nodeCount = Int(agnnodes(graph)), edgeCount = Int(agnedges(graph))
        let chosen = engine ?? Engine.suited(nodeCount: nodeCount, edgeCount: edgeCount,
                                             hasClusters: hasClusters(graph))
        let formatName = context.graphvizFormat(format)
        let data: Data
        var childWarnings = ""
        if let timeLimit {
            (data, childWarnings) = try renderInChild(context: context, graph: graph, engine: chosen, format: format,
                                     formatName: formatName, timeLimit: timeLimit)
        } else {
            data = try renderInProcess(context: context, graph: graph, engine: chosen, format: format,
                                       formatName: formatName)
        }
        let (warnings, _) = MessageCapture.take()
        return Rendering(data: data, format: format, engine: chosen, nodeCount: nodeCount, edgeCount: edgeCount,
                         warnings: [warnings, childWarnings].filter { !$0.isEmpty }.joined(separator: "\n"))
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
        guard let graph = agmemread(dot) else {
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

    /// Lays out and renders in a forked child and reads the result through a pipe, killing the
    /// child when the limit passes. The child has its own copy of the graph, so the parent's
    /// Graphviz state is the same whether the child finishes, fails or is killed. Returns the
    /// bytes and the child's Graphviz warnings.
    @GraphvizExecutor
    private static func renderInChild(context: GraphvizContext, graph: UnsafeMutablePointer<Agraph_t>, engine: Engine,
                                      format: OutputFormat, formatName: String, timeLimit: Duration) throws -> (Data, String) {
        let seconds = Double(timeLimit.components.seconds) + Double(timeLimit.components.attoseconds) * 1e-18
        var fd: Int32 = -1
        let pid = cohesion_gv_fork_render(context.gvc, graph, engine.rawValue, formatName, &fd)
        guard pid > 0 else { throw GraphvizError.system("fork failed: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let deadline = Date().addingTimeInterval(seconds)
        var bytes = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        reading: while true {
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 {
                kill(pid, SIGKILL)
                var status: Int32 = 0
                _ = waitpid(pid, &status, 0)
                throw GraphvizError.timedOut(engine: engine, seconds: seconds)
            }
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(remaining * 1000 + 1, 60_000)))
            if ready < 0 && errno != EINTR { break reading }
            if ready <= 0 { continue }
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break reading }
            bytes.append(contentsOf: chunk[0..<count])
        }
        var status: Int32 = 0
        _ = waitpid(pid, &status, 0)
        guard bytes.count >= 5 else {
            throw GraphvizError.system("the layout process ended without a result (wait status \(status))")
        }
        let messageLength = Int(bytes[1]) | Int(bytes[2]) << 8 | Int(bytes[3]) << 16 | Int(bytes[4]) << 24
        guard bytes.count >= 5 + messageLength else {
            throw GraphvizError.system("the layout process sent a truncated result")
        }
        let messages = String(decoding: bytes[5..<(5 + messageLength)], as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        switch bytes[0] {
        case 0:
            return (Data(bytes[(5 + messageLength)...]), messages)
        case 1:
            throw GraphvizError.layoutFailed(engine: engine, message: messages)
        default:
            throw GraphvizError.renderFailed(format: format, message: messages.isEmpty ? "no \(formatName) renderer" : messages)
        }
    }

    /// Whether the graph has a `cluster…` subgraph at any depth.
    @GraphvizExecutor
    static func hasClusters(_ graph: UnsafeMutablePointer<Agraph_t>) -> Bool {
        var sub = agfstsubg(graph)
        while let s = sub {
            if let name = agnameof(UnsafeMutableRawPointer(s)), String(cString: name).hasPrefix("cluster") { return true }
            if hasClusters(s) { return true }
            sub = agnxtsubg(s)
        }
        return false
    }
}
