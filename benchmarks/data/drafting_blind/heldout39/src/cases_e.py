# 35-40: Spanish
CASES = []
A = CASES.append

# 35 notes-only, Bilbao
A(dict(nn=35, slug="proyectores-led-pabellon-club-balonmano-bilbao-prospecto", domain="iluminación deportiva", language="es",
  tz="Europe/Madrid", now="2032-04-20 09:30", native=True, shape="notes-only prospect",
  place="es: Bilbao (País Vasco)", kinds=["q", "prom", "rel", "coll", "time"],
  customer=("Ainhoa Etxebarria", "gerencia@cdibaizabal.example.es"),
  rep=("Iker Zubiaur", "iker.zubiaur@argikirol.example.es", "Iker Zubiaur\nArgi Kirol Iluminación\n944 555 218"),
  src=[("note", "2032-04-16 12:45",
    "Visita al pabellón del CD Ibaizabal con Ainhoa Etxebarria (gerente) y Koldo, el de mantenimiento. "
    "Pista 44x24, hoy 36 proyectores de halogenuros de 1.000 W, mitad fundidos. "
    "Propuesta de palabra: 36 proyectores LED de 400 W a 365 € la unidad + instalación 4.900 €, ahorro aprox. del 60 % en la factura. "
    "Pregunta de Ainhoa: ¿llega al nivel de iluminación que pide la federación para retransmisiones de televisión? -> consultar con ingeniería. "
    "La junta directiva lo decide el jueves 6 de mayo. Enviar presupuesto el miércoles. "
    "Prefiere correo; no llamar por la tarde (entrenamientos de cantera). "
    "Interno: los de 400 W sin stock hasta junio, no dar plazo de entrega.")],
  kps=[("36 proyectores LED de 400 W a 365 € la unidad más instalación 4.900 €, ahorro aproximado del 60 %",
        ["36 proyectores", "365 €", "4.900 €"]),
       ("el presupuesto sale mañana (miércoles), antes de la junta directiva del jueves 6 de mayo", ["presupuesto", "jueves 6 de mayo"])],
  must_not=["sin stock", "no dar plazo", "Visita al pabellón", "mitad fundidos", "Koldo"],
  slots=["si la iluminación llega al nivel que pide la federación para retransmisiones de televisión"],
  note="'Enviar presupuesto el miércoles' in the Friday 16 April note = mañana at now (Tuesday 20 April); no calls in the afternoon."))

# 36 notes plus mail, Valencia
A(dict(nn=36, slug="escenarios-alquiler-festival-musica-valencia", domain="escenarios y estructuras", language="es",
  tz="Europe/Madrid", now="2032-04-22 10:00", native=True, shape="notes plus mail",
  place="es: Valencia (Comunitat Valenciana)", kinds=["rev", "accept", "corr", "coll", "noteans", "kept", "doc", "deadline", "q"],
  customer=("Vicent Climent", "vicent@mediterraniasons.example.es"),
  rep=("Marta Soler", "marta.soler@escenaviva.example.es", "Marta Soler\nEscenaViva Estructuras\n963 555 407"),
  src=[("message", "2032-03-02 12:00", "outbound", "Presupuesto escenarios - festival julio",
    "Hola Lucía:\n\nPara los tres días de festival (9 al 11 de julio):\n\n- Escenario principal 16x12 m con techo: 38.500 € + IVA\n- Segundo escenario 10x8 m con techo: 14.200 € + IVA\n\nIncluye montaje, desmontaje y transporte.\n\nUn saludo,\nMarta Soler"),
   ("message", "2032-03-05 19:20", "inbound", "RE: Presupuesto escenarios - festival julio",
    "Hola Marta,\n\nYa tenemos cartel cerrado y el rider del cabeza de cartel pide un escenario principal de 18x14. ¿Las torres de delay de sonido las ponéis vosotros? ¿Y nos dais el certificado estructural que pide el Ayuntamiento?\n\nGracias,\nLucía Ferrer\nProducción"),
   ("note", "2032-03-11 13:00",
    "Llamada Lucía + Vicent Climent (director técnico). Principal 18x14 con techo -> 44.900 €. Segundo se queda 14.200 €. "
    "Torres de delay: 2 incluidas. Certificado estructural: sí, lo firma nuestro ingeniero, visado - dicho. Propuesta el lunes. "
    "Interno: el techo 18x14 viene del festival de Benicàssim la semana antes, que no salga."),
   ("message", "2032-03-15 10:40", "outbound", "Propuesta revisada - escenarios festival",
    "Hola Lucía, hola Vicent:\n\nComo hablamos el jueves:\n\n- Escenario principal 18x14 m con techo: 44.900 € + IVA\n- Segundo escenario 10x8 m con techo: 14.200 € + IVA\n- 2 torres de delay incluidas\n- Total 59.100 € + IVA, con certificado estructural visado\n\nUn saludo,\nMarta Soler"),
   ("message", "2032-04-14 17:30", "inbound", "RE: Propuesta revisada - escenarios festival",
    "Marta, buenas tardes:\n\nFirmado, lo tienes adjunto. La factura a Mediterrània Sons S.L., por favor.\n\nEl montaje tiene que empezar el lunes 5 de julio y la inspección municipal es el jueves 8 por la mañana. Dos cosas:\n- ¿podéis entregarnos el certificado estructural antes del 1 de julio? El Ayuntamiento lo quiere con una semana.\n- ¿cuántos montadores traéis? Necesito nombres para las acreditaciones.\n\nSalut,\nVicent Climent\nDirector técnico\nMediterrània Sons\n655 555 093"),
  ],
  kps=[("firmado: principal 18x14 con techo 44.900 €, segundo escenario 14.200 €, total 59.100 € + IVA con 2 torres de delay",
        ["18x14", "44.900 €", "14.200 €", "59.100 €"]),
       ("factura a Mediterrània Sons S.L.", ["Mediterrània Sons S.L."]),
       ("montaje desde el lunes 5 de julio, inspección el jueves 8; certificado estructural", ["lunes 5 de julio", "certificado estructural"])],
  must_not=["38.500 €", "16x12", "Benicàssim", "que no salga", "Llamada Lucía", "655 555 093"],
  slots=["si el certificado estructural puede entregarse antes del 1 de julio",
         "cuántos montadores vienen (con nombres para las acreditaciones)"],
  note="Vicent Climent writes the last mail; delay towers and certificate answered in the note."))

# 37 notes plus mail + later call note, Madrid
A(dict(nn=37, slug="mantenimiento-maquinas-fitness-cadena-gimnasios-madrid", domain="mantenimiento de equipos fitness", language="es",
  tz="Europe/Madrid", now="2032-04-21 09:40", native=True, shape="notes plus mail",
  place="es: Madrid (Comunidad de Madrid)", kinds=["rev", "accept", "corr", "noteans", "kept", "prom", "deadline", "q"],
  customer=("Paula Garrido", "paula.garrido@pulsourbano.example.es"),
  rep=("Javier Osorio", "javier.osorio@tecnofit-servicio.example.es", "Javier Osorio\nTecnofit Servicio Técnico\n915 550 377"),
  src=[("message", "2032-03-01 10:00", "outbound", "Propuesta mantenimiento - Pulso Urbano",
    "Hola Paula:\n\nPara vuestros 2 centros (95 máquinas):\n\n- mantenimiento preventivo con visitas trimestrales: 6.840 €/año\n- reparaciones fuera de contrato: 55 €/h\n\nUn saludo,\nJavier"),
   ("message", "2032-03-04 13:15", "inbound", "RE: Propuesta mantenimiento - Pulso Urbano",
    "Hola Javier,\n\nen mayo abrimos un tercer centro en Chamberí, así que serían 3 centros y unas 140 máquinas. ¿Las piezas van incluidas? ¿Cuál es vuestro tiempo de respuesta si se rompe una cinta?\n\nPaula Garrido\nDirectora de operaciones"),
   ("note", "2032-03-10 16:30",
    "Llamada Paula. 3 centros, 140 máq. -> 9.450 €/año, visitas bimestrales, reparaciones 49 €/h. Piezas no incluidas, 15 % de descuento - dicho. "
    "Respuesta en 24 h laborables - dicho. Contrato el viernes. Interno: el técnico de zona norte se va en junio, que no salga."),
   ("message", "2032-03-12 11:20", "outbound", "Contrato mantenimiento - 3 centros",
    "Hola Paula:\n\nTe adjunto el contrato:\n\n- 3 centros, 140 máquinas, visitas bimestrales: 9.450 €/año\n- reparaciones: 49 €/h, respuesta en 24 h laborables\n- piezas con un 15 % de descuento sobre tarifa\n\nUn saludo,\nJavier"),
   ("message", "2032-04-12 18:05", "inbound", "RE: Contrato mantenimiento - 3 centros",
    "Javier, firmado y adjunto. La facturación a Pulso Urbano Fitness S.L., por favor.\n\nGracias,\nPaula"),
   ("note", "2032-04-19 12:10",
    "Llamada de Paula: Chamberí abre el sábado 15 de mayo. Quiere revisión de montaje de las 45 máquinas nuevas antes del jueves 13. "
    "Le dije que se lo confirmo por correo. También pregunta si podemos dar formación de seguridad en cintas a sus entrenadores."),
  ],
  kps=[("contrato firmado: 9.450 €/año, visitas bimestrales, reparaciones 49 €/h, respuesta en 24 h laborables",
        ["9.450 €", "49 €/h", "24 h"]),
       ("facturación a Pulso Urbano Fitness S.L.", ["Pulso Urbano Fitness S.L."]),
       ("Chamberí abre el sábado 15 de mayo: revisión de montaje de las 45 máquinas nuevas antes del jueves 13 (confirmación por correo prometida)",
        ["sábado 15 de mayo", "45 máquinas", "jueves 13"])],
  must_not=["6.840 €", "55 €/h", "95 máquinas", "que no salga", "zona norte", "Llamada Paula", "Llamada de Paula", "trimestrales"],
  slots=["si la revisión de montaje de las 45 máquinas puede hacerse antes del jueves 13 de mayo",
         "si pueden dar formación de seguridad en cintas a los entrenadores"],
  note="A later call note (Monday 19 April) adds a request the rep promised to confirm by mail; 'jueves 13' = Thursday 13 May."))

# 38 HTML-only, Medellín
A(dict(nn=38, slug="uniformes-liga-futbol-juvenil-medellin", domain="uniformes deportivos", language="es",
  tz="America/Bogota", now="2032-04-20 09:00", native=True, shape="HTML-only inbound",
  place="es: Medellín (Antioquia, Colombia)", kinds=["choice", "corr", "doc", "deadline", "q"],
  customer=("Natalia Restrepo", "natalia.restrepo@semilleroantioquia.example.co"),
  rep=("Camilo Ospina", "camilo.ospina@textilcampeon.example.co", "Camilo Ospina\nTextil Campeón\n604 555 2281"),
  src=[("message", "2032-04-07 10:30", "outbound", "Cotización uniformes - torneo 2032",
    "Buenos días Natalia:\n\nPara los 320 kits que nos pidió (camiseta, pantaloneta y medias):\n\n- Línea Pro, tela técnica sublimada: $92.000 por kit\n- Línea Club, tela deportiva estampada: $64.000 por kit\n\nTiempo de producción: 4 semanas.\n\nCordialmente,\nCamilo Ospina"),
   ("message", "2032-04-16 15:45", "inbound", "RE: Cotización uniformes - torneo 2032",
    "<html><body><p>Camilo, buenas tardes.</p><p>Ya lo revisamos con la junta de la corporación:</p>"
    "<ul><li>Nos quedamos con la Línea Club.</li>"
    "<li>Cambio: son 360 kits, no 320, entraron dos equipos nuevos de sub-13.</li>"
    "<li>¿La numeración y el escudo van incluidos en el precio?</li>"
    "<li>Los necesitamos antes de la inauguración del torneo, el sábado 5 de junio.</li>"
    "<li>La cotización final a nombre de la Corporación Semillero Antioquia, por favor, para el pago.</li></ul>"
    "<p>Mil gracias,<br>Natalia Restrepo<br>Coordinadora deportiva<br>Cel. 300 555 6120</p></body></html>", "text/html"),
  ],
  kps=[("Línea Club a $64.000 por kit, 360 kits", ["Línea Club", "$64.000", "360 kits"]),
       ("cotización final a nombre de la Corporación Semillero Antioquia", ["Corporación Semillero Antioquia"]),
       ("entrega antes de la inauguración del sábado 5 de junio; 4 semanas de producción", ["sábado 5 de junio", "4 semanas"])],
  must_not=["$92.000", "320 kits", "Línea Pro", "300 555 6120", "Mil gracias"],
  slots=["si la numeración y el escudo van incluidos en el precio"],
  note="COP amounts with a $ sign and a dot as thousands separator."))

# 39 quoted thread (Samsung Email), Lima
A(dict(nn=39, slug="banos-portatiles-vallas-concierto-estadio-lima", domain="baños portátiles y vallas", language="es",
  tz="America/Lima", now="2032-04-22 09:30", native=True, shape="quoted thread", quote_client="Samsung Email",
  place="es: Lima (Perú)", kinds=["choice", "corr", "addon", "coll", "relay", "deadline", "q"],
  customer=("Renzo Cárdenas", "renzo.cardenas@rimacproducciones.example.pe"),
  rep=("Andrea Quispe", "andrea.quispe@sanitaria-movil.example.pe", "Andrea Quispe\nSanitaria Móvil\n01 555 3390"),
  src=[("message", "2032-04-13 11:05", "outbound", "Cotización baños y vallas - concierto mayo",
    "Estimado Renzo:\n\nPara el concierto le cotizamos:\n\n- Paquete de 40 baños estándar + 2 baños para personas con discapacidad, con limpieza durante el evento: S/ 18.400\n- Vallas de contención, 600 metros: S/ 9.000\n\nMontaje el día anterior y retiro al día siguiente.\n\nSaludos cordiales,\nAndrea Quispe"),
   ("message", "2032-04-21 19:50", "inbound", "RE: Cotización baños y vallas - concierto mayo",
    "Andrea, buenas noches:\n\nNos subieron el aforo, así que necesitamos 48 baños y no 40 (más los 2 para discapacidad). Las vallas están bien así. Agréguenos también lavamanos, unos 10.\n\nSofía, nuestra jefa de seguridad, pregunta si tienen vallas anti-avalancha para el frente del escenario. El concierto es el sábado 22 de mayo y el montaje lo hacemos el jueves 20.\n\nSaludos,\nRenzo Cárdenas\nJefe de producción\nRímac Producciones\n\nEnviado desde mi Galaxy\n\n-------- Mensaje original --------\nDe: Andrea Quispe <andrea.quispe@sanitaria-movil.example.pe>\nFecha: 13/4/32 11:05 (GMT-05:00)\nPara: Renzo Cárdenas <renzo.cardenas@rimacproducciones.example.pe>\nAsunto: Cotización baños y vallas - concierto mayo\n\nEstimado Renzo:\n\nPara el concierto le cotizamos:\n\n- Paquete de 40 baños estándar + 2 baños para personas con discapacidad, con limpieza durante el evento: S/ 18.400\n- Vallas de contención, 600 metros: S/ 9.000\n\nMontaje el día anterior y retiro al día siguiente.\n\nSaludos cordiales,\nAndrea Quispe\n"),
  ],
  kps=[("48 baños más los 2 para personas con discapacidad", ["48 baños"]),
       ("vallas de contención, 600 metros, S/ 9.000", ["600 metros", "S/ 9.000"]),
       ("unos 10 lavamanos adicionales", ["lavamanos"]),
       ("concierto el sábado 22 de mayo, montaje el jueves 20", ["sábado 22 de mayo", "jueves 20"])],
  must_not=["S/ 18.400", "40 baños", "Enviado desde mi Galaxy"],
  slots=["el precio de 48 baños más los 2 para discapacidad", "el precio de unos 10 lavamanos",
         "si tienen vallas anti-avalancha para el frente del escenario"],
  note="Samsung Email quote header ('-------- Mensaje original -------- / De: / Fecha: 13/4/32 11:05 (GMT-05:00) / Para: / Asunto:'), not indented; Sofía's question relayed."))

# 40 NO DRAFT auto-reply, Montevideo
A(dict(nn=40, slug="butacas-sala-teatro-montevideo-licencia", domain="butacas y equipamiento de salas", language="es",
  tz="America/Montevideo", now="2032-04-21 10:00", native=True, shape="no draft", place="es: Montevideo (Uruguay)", kinds=["ooo"],
  customer=("Florencia Sosa", "fsosa@teatrodelpuerto.example.com.uy"),
  rep=("Martín Ferreira", "mferreira@butacasdelsur.example.com.uy", "Martín Ferreira\nButacas del Sur\n2555 4187"),
  src=[("message", "2032-04-05 11:00", "outbound", "Propuesta retapizado de butacas - Teatro del Puerto",
    "Hola Florencia:\n\nTe envío la propuesta para retapizar las 380 butacas de la platea con tela ignífuga: US$ 41.800, en tres etapas para no cerrar la sala.\n\nQuedo atento a tus comentarios.\n\nMartín"),
   ("message", "2032-04-20 09:15", "outbound", "Re: Propuesta retapizado de butacas - Teatro del Puerto",
    "Hola Florencia:\n\n¿Pudiste ver la propuesta con la dirección? Si te sirve, puedo llevar muestras de tela esta semana.\n\nMartín"),
   ("message", "2032-04-20 09:16", "inbound", "Respuesta automática: Re: Propuesta retapizado de butacas - Teatro del Puerto",
    "Gracias por tu mensaje. Estoy de licencia hasta el lunes 10 de mayo, sin acceso al correo. Por temas urgentes de la sala, escribir a produccion@teatrodelpuerto.example.com.uy.\n\nFlorencia Sosa"),
  ],
  note="Auto-reply one minute after the rep's chaser: 'de licencia hasta el lunes 10 de mayo' (now Wednesday 21 April)."))
