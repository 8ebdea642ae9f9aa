graph [
  directed 1
  multigraph 1
  node [
    id 0
    label "caf59"
    name "CAF du Nord"
    kind "family-allowance-office"
  ]
  node [
    id 1
    label "lille"
    name "Ville de Lille"
    kind "municipality"
  ]
  node [
    id 2
    label "mel"
    name "M&#233;tropole Europ&#233;enne de Lille"
    kind "intermunicipality"
  ]
  node [
    id 3
    label "dept59"
    name "D&#233;partement du Nord"
    kind "departmental-council"
  ]
  node [
    id 4
    label "pmi59"
    name "PMI du Nord"
    kind "departmental-service"
  ]
  node [
    id 5
    label "acepp"
    name "ACEPP &#34;Nord&#34;"
    kind "associative-provider"
  ]
  node [
    id 6
    label "people"
    name "People&#38;Baby"
    kind "private-company"
  ]
  node [
    id 7
    label "isolate"
    name "Relais petite enfance"
    kind "municipal-service"
  ]
  edge [
    source 0
    target 1
    key 0
    kind "funding"
    weight 2.5
    firstYear 2015
    lastYear 2021
  ]
  edge [
    source 0
    target 5
    key 0
    kind "funding"
    weight 1.25
    firstYear 2016
    lastYear 2019
  ]
  edge [
    source 0
    target 3
    key 0
    kind "coordination"
    weight 1.5
    firstYear 2020
    lastYear 2021
  ]
  edge [
    source 1
    target 5
    key 0
    kind "contracting"
    weight 1.0
    firstYear 2018
    lastYear 2021
  ]
  edge [
    source 1
    target 6
    key 0
    kind "contracting"
    weight 3.0
    firstYear 2019
    lastYear 2021
  ]
  edge [
    source 1
    target 6
    key 1
    kind "funding"
    weight 0.75
    firstYear 2020
    lastYear 2021
  ]
  edge [
    source 2
    target 1
    key 0
    kind "coordination"
    weight 2.0
    firstYear 2015
    lastYear 2018
  ]
  edge [
    source 3
    target 4
    key 0
    kind "mandate"
    weight 1.0
    firstYear 2015
    lastYear 2021
  ]
  edge [
    source 4
    target 6
    key 0
    kind "authorisation"
    weight 0.5
    firstYear 2017
    lastYear 2020
  ]
]
