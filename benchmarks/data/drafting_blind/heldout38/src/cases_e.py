from lib import C, M, N, U

# ---------------------------------------------------------------- 35 Zaragoza, notes-only prospect
tz = "Europe/Madrid"
C(35, "abrigos-niveladoras-puertas-rapidas-cross-dock-zaragoza-prospecto", "puertas y muelles de carga", "es",
  "2031-12-09 09:30", tz,
  ("Raquel Lasheras", "raquel.lasheras@ebrocrossdock.example.es"),
  ("Víctor Sanz", "victor.sanz@muellestec.example.es", "Víctor Sanz\nMuellesTec Aragón\n976 555 214"),
  [N("2031-12-05 17:00", """
     Visita a Ebro Cross-Dock (PLAZA) con Raquel Lasheras (jefa de operaciones) y Sergio Gil (mantenimiento). 16 muelles; 6 abrigos rotos, 4 niveladoras mecánicas que fallan cada semana. Quieren: 6 abrigos nuevos + 4 niveladoras hidráulicas + 2 puertas rápidas en la cámara de frío. Precios orientativos dados: abrigo 1.950 €, niveladora hidráulica 6.800 €, puerta rápida 11.400 €, montaje incluido, IVA aparte. Raquel pregunta si se puede montar por fases sin cerrar más de 2 muelles a la vez -> lo consulto con el jefe de montaje. Enviar presupuesto el martes (lunes festivo). Solo por correo, por la mañana está en los muelles. Ojo: fábrica de niveladoras cerrada del 22/12 al 6/1, no dar plazo de entrega.""")],
  kp=[("6 abrigos a 1.950 €, 4 niveladoras hidráulicas a 6.800 € y 2 puertas rápidas a 11.400 €, montaje incluido",
       ["1.950 €", "6.800 €", "11.400 €"]),
      ("6 abrigos, 4 niveladoras hidráulicas y 2 puertas rápidas para la cámara de frío",
       ["abrigos", "niveladoras", "puertas rápidas"]),
      ("presupuesto prometido para el martes (hoy), para Raquel y Sergio",
       ["presupuesto", "Sergio"])],
  mn=["cerrada del 22/12 al 6/1", "no dar plazo", "Visita a Ebro", "fallan cada semana"],
  slots=["si el montaje se puede hacer por fases sin cerrar más de 2 muelles a la vez"],
  meta=dict(shape="notes-only prospect", group="es", place="Zaragoza (Aragón)", city="Zaragoza", region="Aragón",
            kinds=["q", "prom", "rel", "coll", "time"],
            notes="'Enviar presupuesto el martes (lunes festivo)' in the Friday 5 December note = hoy at now (Tuesday 9 December); Monday 8 December (Inmaculada Concepción) a holiday; phased install a slot; the factory closure internal; solo por correo."))

# ---------------------------------------------------------------- 36 Algeciras, notes plus mail
C(36, "poliza-flotante-mercancias-transitario-algeciras", "seguro de mercancías", "es",
  "2031-12-11 09:00", tz,
  ("Álvaro Galán", "alvaro.galan@estrechotransitos.example.es"),
  ("Lucía Ferrer", "lucia.ferrer@atlas-correduria.example.es", "Lucía Ferrer\nAtlas Correduría de Seguros\n956 555 730"),
  [M("2031-10-29 12:00", "out", "Póliza flotante de mercancías 2032", """
     Estimado Álvaro:

     Como hablamos, te paso las condiciones para la póliza flotante de Estrecho Tránsitos:

     - tasa: 0,11 % sobre el valor declarado
     - prima mínima anual: 14.500 €
     - franquicia: 1.500 € por siniestro
     - cobertura puerta a puerta, incluido el tramo Tánger Med - Algeciras

     Un saludo,
     Lucía Ferrer
     Atlas Correduría de Seguros
     956 555 730"""),
   M("2031-11-03 13:40", "in", "RE: Póliza flotante de mercancías 2032", """
     Lucía,

     La franquicia es alta, casi todos nuestros siniestros son pequeños.
     Además necesitamos cubrir perecederos: fruta de Marruecos en camión frigorífico.
     ¿Y las huelgas en el puerto? La del año pasado nos costó un dineral.

     Álvaro Galán
     Director
     Estrecho Tránsitos y Aduanas"""),
   N("2031-11-07 10:30", """
     Llamada Álvaro + Marta Villalón (administración). Franquicia 600 € -> tasa 0,12 %, prima mínima 15.800 €. Perecederos: cláusula de avería de frío incluida, con franquicia propia de 1.000 €. Huelgas: cubiertas por la cláusula de huelgas y disturbios, sin coste. Propuesta el miércoles. La aseguradora revisa en enero la siniestralidad del Estrecho, que no salga en la propuesta."""),
   M("2031-11-12 11:15", "out", "Propuesta revisada - póliza flotante 2032", """
     Estimado Álvaro, estimada Marta:

     Tal como lo vimos el viernes:

     - tasa: 0,12 % sobre el valor declarado
     - prima mínima anual: 15.800 €
     - franquicia 600 € por siniestro
     - avería de frío incluida para perecederos, con franquicia de 1.000 €
     - huelgas y disturbios cubiertos sin sobreprima
     - efecto: 1 de enero de 2032

     Un saludo,
     Lucía Ferrer
     Atlas Correduría de Seguros
     956 555 730"""),
   M("2031-12-09 12:30", "in", "RE: Propuesta revisada - póliza flotante 2032", """
     Buenos días, Lucía:

     Álvaro firmó el viernes la solicitud, te la adjunto.

     Dos preguntas:
     1. ¿Podemos pagar la prima mínima en dos plazos, enero y julio?
     2. ¿Los certificados de seguro nos los podéis mandar en inglés y en francés? Los clientes marroquíes los piden en francés.

     La facturación, a Estrecho Tránsitos y Aduanas S.L.

     Saludos,
     Marta Villalón
     Administración""")],
  kp=[("solicitud firmada: tasa 0,12 %, prima mínima 15.800 €, franquicia 600 €",
       ["0,12 %", "15.800 €", "franquicia 600 €"]),
      ("avería de frío incluida con franquicia de 1.000 € y huelgas cubiertas; efecto 1 de enero",
       ["avería de frío", "huelgas", "1 de enero"]),
      ("facturación a Estrecho Tránsitos y Aduanas S.L.",
       ["Estrecho Tránsitos y Aduanas S.L."])],
  mn=["0,11 %", "14.500 €", "1.500 €", "siniestralidad", "que no salga", "Llamada Álvaro", "un dineral"],
  slots=["si la prima mínima se puede pagar en dos plazos (enero y julio)",
         "si los certificados de seguro se pueden emitir en inglés y en francés"],
  meta=dict(shape="notes plus mail", group="es", place="Algeciras (Andalucía)", city="Algeciras", region="Andalucía",
            kinds=["rev", "accept", "coll", "noteans", "kept", "doc", "q"],
            notes="0,11 % / 14.500 € / 1.500 € superseded by 0,12 % / 15.800 € / 600 € (note, then propuesta 'el miércoles': kept); perishables and strikes answered in the note; Marta Villalón writes the last mail; instalments and certificates in English and French are slots; the insurer's review internal."))

# ---------------------------------------------------------------- 37 Barcelona, notes plus mail
C(37, "tarjetas-combustible-recarga-mensajeria-barcelona", "tarjetas de combustible y recarga", "es",
  "2031-12-10 09:00", tz,
  ("Jordi Puig", "jordi@rapidencarrecs.example.es"),
  ("Pablo Medina", "pablo.medina@carburedflotas.example.es", "Pablo Medina\nCarbuRed Flotas\n93 555 61 48"),
  [M("2031-10-27 10:10", "out", "Tarjetas CarbuRed para Ràpid Encàrrecs", """
     Hola Jordi:

     Gracias por recibirme. Para vuestras 40 furgonetas:

     - descuento de 6 céntimos por litro en estaciones de la red CarbuRed
     - 3 céntimos por litro en el resto de estaciones adheridas
     - cuota de 2 €/tarjeta al mes

     Un saludo,
     Pablo Medina
     CarbuRed Flotas
     93 555 61 48"""),
   M("2031-10-30 20:15", "in", "Re: Tarjetas CarbuRed para Ràpid Encàrrecs", """
     Pablo,

     somos 52 vehículos, 12 de ellos eléctricos. ¿La tarjeta sirve para recargar? ¿Y para peajes?
     La cuota, ¿se puede quitar? Con tantas tarjetas se nota.

     Jordi"""),
   N("2031-11-05 13:00", """
     Llamada Jordi. Recarga eléctrica en la misma tarjeta: 0,45 €/kWh en la red asociada. Peajes: dispositivo de peaje a 1,50 €/mes. Cuota 0 € a partir de 50 tarjetas -> son 52. Descuento red propia sube a 7 céntimos. Contrato el lunes. Ojo: la red de recarga asociada en el Baix Llobregat aún no está activa, no sacarlo."""),
   M("2031-11-10 09:40", "out", "Contrato CarbuRed - 52 tarjetas", """
     Hola Jordi:

     Como hablamos el miércoles, te adjunto el contrato:

     - 52 tarjetas sin cuota
     - 7 céntimos por litro en la red CarbuRed, 3 céntimos en el resto
     - recarga eléctrica con la misma tarjeta: 0,45 €/kWh en la red asociada
     - dispositivo de peaje: 1,50 € al mes por vehículo

     Un saludo,
     Pablo Medina
     CarbuRed Flotas
     93 555 61 48"""),
   M("2031-12-05 19:20", "in", "Re: Contrato CarbuRed - 52 tarjetas", """
     Firmado, te lo mando adjunto. Núria lleva todo lo administrativo a partir de ahora.

     Necesitamos las tarjetas antes del 15 de diciembre, que empieza el pico de Navidad.
     ¿Se puede poner un límite diario por tarjeta? Y la factura, ¿puede ser quincenal?

     Jordi

     Enviado desde mi móvil"""),
   N("2031-12-09 11:15", """
     Llamó Núria (admin Ràpid Encàrrecs): quiere las tarjetas a nombre de la matrícula, no del conductor, porque los repartidores rotan. Le dije que lo confirmo por correo.""")],
  kp=[("contrato firmado: 52 tarjetas sin cuota, 7 céntimos por litro en la red CarbuRed",
       ["52 tarjetas", "7 céntimos"]),
      ("recarga a 0,45 €/kWh y dispositivo de peaje a 1,50 € al mes",
       ["0,45 €/kWh", "1,50 €"]),
      ("tarjetas necesarias antes del 15 de diciembre",
       ["15 de diciembre"]),
      ("tarjetas a nombre de la matrícula, como pidió Núria",
       ["matrícula", "Núria"])],
  mn=["6 céntimos", "2 €/tarjeta", "40 furgonetas", "no sacarlo", "Baix Llobregat", "Llamada Jordi", "Enviado desde mi móvil"],
  slots=["si las tarjetas pueden llegar antes del 15 de diciembre",
         "si se puede poner un límite diario por tarjeta",
         "si la factura puede ser quincenal",
         "si las tarjetas pueden ir a nombre de la matrícula"],
  meta=dict(shape="notes plus mail", group="es", place="Barcelona (Cataluña)", city="Barcelona", region="Cataluña",
            kinds=["rev", "accept", "coll", "noteans", "kept", "deadline", "q"],
            notes="6 céntimos and 2 €/tarjeta for 40 vans superseded by 52 cards without fee at 7 céntimos (note, then contrato 'el lunes': kept); charging and tolls answered in the note; signed; a later call note from Núria adds a request the rep promised to confirm by mail; four open questions are slots; Baix Llobregat internal."))

# ---------------------------------------------------------------- 38 Santiago de Chile, HTML-only
tz = "America/Santiago"
C(38, "arriendo-gruas-horquilla-distribuidora-mayorista-santiago", "grúas horquilla y su mantención", "es",
  "2031-12-10 10:00", tz,
  ("Francisca Morales", "fmorales@distmapocho.example.cl"),
  ("Ignacio Vergara", "ignacio.vergara@andesgruas.example.cl", "Ignacio Vergara\nAndes Grúas Horquilla SpA\n+56 2 2555 0184"),
  [M("2031-11-25 11:00", "out", "Cotización arriendo grúas horquilla - Distribuidora Mapocho", """
     Estimada Francisca:

     Gracias por la visita a la bodega de Quilicura. Te envío la cotización de arriendo por 36 meses, mantención incluida:

     - grúa horquilla eléctrica 2,5 t: $1.290.000 + IVA mensual por equipo
     - grúa horquilla a gas 2,5 t: $1.090.000 + IVA mensual por equipo

     Para 4 equipos, entrega en 3 semanas desde la firma.

     Saludos cordiales,
     Ignacio Vergara
     Andes Grúas Horquilla SpA
     +56 2 2555 0184"""),
   M("2031-12-09 18:20", "in", "RE: Cotización arriendo grúas horquilla - Distribuidora Mapocho", """
     <html><body><p>Hola Ignacio:</p>
     <p>Con Rodrigo (gerente) decidimos lo siguiente:</p>
     <ul>
     <li>eléctricas, la bodega es cerrada y el gas nos tiene con dolor de cabeza</li>
     <li>5 equipos, no 4</li>
     <li>24 meses en vez de 36: &iquest;cambia el valor mensual?</li>
     <li>&iquest;incluyen los cargadores y la capacitación de los operadores?</li>
     </ul>
     <p>Necesitamos que lleguen antes del viernes 26 de diciembre, el 30 cerramos el inventario anual. El contrato a nombre de Distribuidora Mapocho Ltda.</p>
     <p>Saludos,<br>Francisca Morales<br>Jefa de Bodega</p>
     </body></html>""", "text/html")],
  kp=[("grúas horquilla eléctricas a $1.290.000 + IVA mensual por equipo (a 36 meses), ahora 5 equipos",
       ["eléctrica", "$1.290.000", "5 equipos"]),
      ("entrega antes del viernes 26 de diciembre; contrato a nombre de Distribuidora Mapocho Ltda.",
       ["viernes 26 de diciembre", "Distribuidora Mapocho Ltda."])],
  mn=["$1.090.000", "4 equipos", "dolor de cabeza"],
  slots=["el valor mensual a 24 meses",
         "si se incluyen los cargadores y la capacitación de los operadores",
         "si los equipos pueden llegar antes del viernes 26 de diciembre"],
  meta=dict(shape="HTML-only", group="es", place="Santiago (Región Metropolitana, Chile)", city="Santiago", region="Región Metropolitana",
            kinds=["choice", "corr", "change1", "coll", "doc", "deadline", "q"],
            notes="eléctricas chosen, 4 -> 5 equipos, 36 -> 24 meses asked (value a slot); chargers and training a slot; delivery before viernes 26 de diciembre a slot; contract to the Ltda.; CLP amounts with a $ sign."))

# ---------------------------------------------------------------- 39 Guadalajara, quoted thread (Apple Mail)
tz = "America/Mexico_City"
C(39, "gps-camaras-paro-motor-transportista-guadalajara", "telemetría y cámaras", "es",
  "2031-12-09 10:00", tz,
  ("Héctor Navarro", "hector.navarro@tapatiosbajio.example.mx"),
  ("Diana Salgado", "diana.salgado@rastreovigia.example.mx", "Diana Salgado\nRastreo Vigía\n33 5550 4172"),
  [M("2031-11-20 10:05", "out", "Cotización rastreo y cámaras - Transportes Tapatíos del Bajío", """
     Lic. Navarro:

     Gracias por la reunión. Le comparto la cotización para sus 58 tractocamiones:

     - GPS básico: $390 MXN por unidad al mes
     - GPS + cámara dual (carretera y cabina): $690 MXN por unidad al mes
     - botón de pánico y paro de motor: $120 MXN adicionales por unidad al mes
     - instalación: $1,800 MXN por unidad

     Quedo atenta.

     Diana Salgado
     Rastreo Vigía
     33 5550 4172"""),
   M("2031-12-08 19:10", "in", "Re: Cotización rastreo y cámaras - Transportes Tapatíos del Bajío", """
     Diana:

     Vamos con GPS + cámara dual y con paro de motor. Ya son 62 unidades, entraron 4 en noviembre.

     Paola, nuestra jefa de seguridad, tiene dudas, te las dejo abajo.

     La instalación la queremos hacer la semana del lunes 5 de enero, cuando baja el movimiento. Ojo, el viernes 12 la oficina está cerrada por la Virgen.

     Saludos,
     Lic. Héctor Navarro
     Director de Operaciones
     Transportes Tapatíos del Bajío
     33 5551 2068

     El 6 dic 2031, a las 13:40, Paola Cárdenas <paola.cardenas@tapatiosbajio.example.mx> escribió:

     > Héctor, pregúntale:
     > 1) ¿el paro de motor sólo se puede activar con la unidad detenida o a baja velocidad? por seguridad no queremos un paro a 90 km/h
     > 2) ¿la cámara de cabina graba audio? el sindicato no lo va a aceptar
     >
     >> El 20 nov 2031, a las 10:05, Diana Salgado <diana.salgado@rastreovigia.example.mx> escribió:
     >>
     >> Lic. Navarro:
     >>
     >> Gracias por la reunión. Le comparto la cotización para sus 58 tractocamiones:
     >>
     >> - GPS básico: $390 MXN por unidad al mes
     >> - GPS + cámara dual (carretera y cabina): $690 MXN por unidad al mes
     >> - botón de pánico y paro de motor: $120 MXN adicionales por unidad al mes
     >> - instalación: $1,800 MXN por unidad
     >>
     >> Quedo atenta.
     >>
     >> Diana Salgado
     >> Rastreo Vigía
     >> 33 5550 4172""")],
  kp=[("GPS + cámara dual a $690 MXN y paro de motor a $120 MXN por unidad al mes, 62 unidades",
       ["$690 MXN", "$120 MXN", "62 unidades"]),
      ("instalación a $1,800 MXN por unidad, la semana del lunes 5 de enero",
       ["$1,800 MXN", "lunes 5 de enero"])],
  mn=["$390 MXN", "58 tractocamiones", "33 5551 2068"],
  slots=["si el paro de motor sólo se activa con la unidad detenida o a baja velocidad",
         "si la cámara de cabina graba audio",
         "si la instalación puede hacerse la semana del lunes 5 de enero"],
  meta=dict(shape="quoted thread", group="es", place="Guadalajara (Jalisco, México)", city="Guadalajara", region="Jalisco",
            quote="Apple Mail: 'El 6 dic 2031, a las 13:40, X <...> escribió:' (CST), nested '>'",
            kinds=["choice", "addon", "corr", "coll", "relay", "deadline", "q"],
            notes="GPS + cámara dual with paro de motor chosen, 58 -> 62 unidades; Paola's two questions (Apple Mail-quoted) and installation the week of lunes 5 de enero are slots; 'el viernes 12 ... por la Virgen' (Virgen de Guadalupe, Friday 12 December) as background."))

# ---------------------------------------------------------------- 40 Buenos Aires, no draft (quiet to a date)
tz = "America/Argentina/Buenos_Aires"
C(40, "racks-selectivos-deposito-3pl-buenos-aires-despues-de-reyes", "estanterías y entrepisos", "es",
  "2031-12-11 10:00", tz,
  ("Lucas Ferreyra", "lferreyra@depositosriachuelo.example.com.ar"),
  ("Martín Ocampo", "martin.ocampo@racksur.example.com.ar", "Martín Ocampo\nRackSur\n11 5555 3021"),
  [M("2031-11-18 11:30", "out", "Racks selectivos - Depósitos Riachuelo", """
     Hola Lucas:

     Como quedamos, te paso la propuesta para la nave 2:

     - rack selectivo de 9 m, 2.400 posiciones de pallet
     - USD 168.000 más IVA, montaje incluido
     - plazo de montaje: 6 semanas

     Abrazo,
     Martín"""),
   M("2031-12-02 10:00", "out", "Re: Racks selectivos - Depósitos Riachuelo", """
     Hola Lucas:

     ¿Pudiste ver la propuesta? Si querés, paso por la nave la semana que viene y la repasamos con tu equipo.

     Abrazo,
     Martín"""),
   M("2031-12-09 17:45", "in", "Re: Racks selectivos - Depósitos Riachuelo", """
     Martín, gracias por insistir. Ahora estamos a full con el cierre del año y el inventario, no tengo cabeza para esto. Escribime después del 12 de enero y lo retomamos, antes no.

     Lucas""")],
  expect=False,
  meta=dict(shape="NO DRAFT", group="es", place="Buenos Aires (Argentina)", city="Buenos Aires", region="Ciudad Autónoma de Buenos Aires",
            kinds=["quiet"],
            notes="quiet period to a date: 'Escribime después del 12 de enero y lo retomamos, antes no.' (written Tuesday 9 December, now Thursday 11 December)."))
