import Cohesion
import Testing

@Suite("discourse: advocacy coalition index and QAP")
struct AdvocacyCoalitionIndexTests {
    /// a and b agree on x, c and d disagree; coalition ties a–b and a–c.
    static let network: Network = {
        var n = Network(stakeholders: ["a", "b", "c", "d"].map { Stakeholder(id: $0, kind: .state) },
                        ties: [Tie(source: "a", target: "b", kind: .coalition), Tie(source: "a", target: "c", kind: .coalition)],
                        concepts: [Concept(id: "x")])
        n.statements = [("a", true), ("b", true), ("c", false), ("d", false)].map {
            Statement(actor: $0.0, concept: "x", qualifier: .agreement($0.1))
        }
        return n
    }()

    @Test func dyadsByHand() throws {
        let aci = try AdvocacyCoalitionIndex(Self.network, coordination: GraphSelection(layers: [.coalition]), permutations: 200)
        let index = Dictionary(uniqueKeysWithValues: aci.dyads.map { ("\($0.first)\($0.second)", $0) })
        let far = 1 - 1 / 2.0.squareRoot()
        #expect(index["ab"]?.index == 1 && index["ab"]?.isCoalitionDyad == true)       // tied, same stance
        #expect(abs((index["ac"]?.index ?? 0) - far) < 1e-12 && index["ac"]?.belief == 0)   // tied, opposed
        #expect(abs((index["cd"]?.index ?? 0) - far) < 1e-12 && index["cd"]?.coordination == 0)   // allies, no tie
        #expect(index["ad"]?.index == 0 && index["bd"]?.index == 0 && index["bc"]?.index == 0)
        #expect(aci.dyads.count == 6)
        // QAP: congruence (a–b, c–d) against ties (a–b, a–c) over the 6 pairs: x = (1,0,0,0,0,1), y = (1,1,0,0,0,0)
        // in the order ab, ac, ad, bc, bd, cd: r = (1/6 − 1/9) / (√(2/9)·√(2/9)) = 0.25.
        #expect(abs(aci.qap.correlation - 0.25) < 1e-12)
        #expect(aci.qap.permutations == 200)
    }
}
