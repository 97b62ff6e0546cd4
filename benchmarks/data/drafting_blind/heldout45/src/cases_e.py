from lib import M, N, C, q

CASES = []

# 35 Valencia ascensor comunidad, notes+mail
CASES.append(C(n=35, slug="ascensor-hueco-escalera-comunidad-vecinos-valencia", domain="ascensores", lang="es",
  tz="Europe/Madrid", now="2034-11-13 10:00", shape="notes+mail", colleague="Sr. Navarro", place="es: Comunitat Valenciana (Valencia)",
  cust=("Amparo Ferrer", "aferrer@fincasturia.example.com"),
  rep=("Vicente Llopis", "vllopis@elevamed.example.com", "Vicente Llopis\nElevaMed Ascensores S.L.\n963 555 214"),
  src=[
   M("2034-10-17 12:10", "inbound", "Presupuesto ascensor C/ Sueca",
     "Buenos días, Vicente:\n\nLe escribo como administradora de una comunidad de propietarios en Russafa: edificio de 5 plantas, sin ascensor, con vecinos mayores que ya no pueden bajar a la calle. La única opción parece el hueco de la escalera. ¿Podrían venir a verlo y pasarnos presupuesto? También nos interesa saber si hay ayudas.\n\nUn saludo,\nAmparo Ferrer\nFincas Turia Administración\n963 555 870"),
   N("2034-10-19 17:00", "Visita con Dña. Amparo Ferrer y el presidente, Sr. Navarro. Hueco de escalera: cabe cabina de 4 personas. Presupuesto antes del 27. Ayudas: les paso info de la convocatoria autonómica."),
   M("2034-10-26 13:30", "outbound", "Presupuesto ascensor - Comunidad C/ Sueca",
     "Estimada Amparo:\n\nAdjunto el presupuesto: ascensor eléctrico sin cuarto de máquinas para 4 personas en el hueco de escalera, obra civil incluida, 58.900 € + IVA. Plazo de ejecución: 10 semanas desde la licencia. Le incluyo también el enlace a la convocatoria de ayudas de rehabilitación.\n\nUn saludo,\nVicente Llopis"),
   M("2034-11-08 09:45", "inbound", "RE: Presupuesto ascensor - Comunidad C/ Sueca",
     "Vicente:\n\nLa junta de vecinos será el viernes 24 de noviembre. Dos preguntas de los vecinos: si se puede pagar a plazos, a 5 años, y el Sr. Navarro pregunta si la cabina sirve para una silla de ruedas, su mujer la usa.\n\nGracias,\nAmparo"),
   N("2034-11-10 13:20", "Tel. con Amparo. Silla de ruedas: versión accesible, 4 personas, puerta de 80 cm: 61.300 € + IVA. Financiación a 60 meses: la financiera no ha contestado, no prometer tipo de interés. Enviar el presupuesto revisado para la junta: el lunes."),
  ],
  kp=[("versión accesible para silla de ruedas, puerta de 80 cm, 61.300 € + IVA", ["61.300 €", "80 cm"]),
      ("plazo de ejecución 10 semanas desde la licencia", ["10 semanas"]),
      ("presupuesto revisado para la junta del viernes 24 de noviembre", ["24 de noviembre", "presupuesto revisado"])],
  mn=["58.900 €", "financiera", "tipo de interés", "963 555 870", "Tel. con"],
  slots=["si se puede pagar a plazos a 5 años"],
  dates=["nota jueves 19 de octubre 'antes del 27' = viernes 27 de octubre: cumplido (correo del 26)",
         "nota viernes 10 de noviembre 'el lunes' = lunes 13 de noviembre, el día de now (10:00): aún no enviado",
         "'viernes 24 de noviembre' = junta de vecinos"]))

# 36 Bilbao hormigón, quoted Gmail es
h1 = ("Hola Ane:\n\nNecesitamos hormigón para el forjado de planta primera de una obra en Barakaldo: unos 140 m³ de HA-30, con bomba de 42 m porque no llegamos de otra forma. Sería a finales de noviembre. ¿Nos pasas precio?\n\n"
      "Un saludo,\nIñaki Etxeberria\nJefe de producción\nConstrucciones Ibaizabal S.A.\n944 555 318")
h2 = ("Hola Iñaki:\n\nTe paso precios: HA-30 a 98 €/m³ puesto en obra y bomba de 42 m a 1.150 € la jornada. Si la temperatura baja de 5 °C añadimos aditivo anticongelante a 4 €/m³ más.\n\n"
      "La bomba de 42 m la tenemos muy solicitada, te confirmo disponibilidad en cuanto tengas la fecha.\n\nUn saludo,\nAne Urrutia\nHormigones Nervión")
CASES.append(C(n=36, slug="hormigon-ha30-bomba-forjado-constructora-bilbao", domain="hormigón", lang="es",
  tz="Europe/Madrid", now="2034-11-14 12:00", shape="quoted", client="Gmail (es)", colleague="Itziar", place="es: País Vasco (Bilbao / Barakaldo)",
  cust=("Iñaki Etxeberria", "ietxeberria@ibaizabal-construcciones.example.com"),
  rep=("Ane Urrutia", "ane.urrutia@hormigonesnervion.example.com", "Ane Urrutia\nHormigones Nervión\n946 555 027"),
  src=[
   M("2034-10-30 08:25", "inbound", "Hormigón forjado Barakaldo", h1),
   M("2034-11-02 16:40", "outbound", "Re: Hormigón forjado Barakaldo", h2),
   M("2034-11-14 08:40", "inbound", "Re: Hormigón forjado Barakaldo",
     "Hola Ane:\n\nYa tenemos fecha: miércoles 29 de noviembre, primera cuba a las 7:00. ¿Está confirmada la bomba de 42 m para ese día? Si llueve fuerte tendríamos que aplazar, ¿eso tiene coste?\n\nItziar, nuestra jefa de obra, pregunta también si hacéis vosotros las probetas para el control de calidad.\n\nGracias,\nIñaki\n\n"
     "El jue, 2 nov 2034 a las 16:40, Ane Urrutia (<ane.urrutia@hormigonesnervion.example.com>) escribió:\n" + q(h2) + "\n>\n> El lun, 30 oct 2034 a las 8:25, Iñaki Etxeberria (<ietxeberria@ibaizabal-construcciones.example.com>) escribió:\n" + q(q(h1))),
  ],
  kp=[("HA-30 a 98 €/m³ y bomba de 42 m a 1.150 € la jornada", ["98 €/m³", "1.150 €"]),
      ("anticongelante a 4 €/m³ si baja de 5 °C", ["4 €/m³"]),
      ("hormigonado miércoles 29 de noviembre, primera cuba a las 7:00", ["29 de noviembre", "7:00"])],
  mn=["944 555 318", "muy solicitada"],
  slots=["si la bomba de 42 m está confirmada para el 29 de noviembre", "si aplazar por lluvia tiene coste", "si hacen ellos las probetas para el control de calidad"],
  dates=["correo del cliente martes 14 de noviembre 'miércoles 29 de noviembre' = fecha pedida, sin confirmar", "correo del cliente lunes 30 de octubre 'a finales de noviembre' = última semana de noviembre", "correo de la representante jueves 2 de noviembre 'te confirmo disponibilidad': no cumplido a now (martes 14 de noviembre)"]))

# 37 Bogotá trabajo en alturas, notes-only prospect
CASES.append(C(n=37, slug="reentrenamiento-trabajo-en-alturas-constructora-bogota-prospecto", domain="capacitación en seguridad", lang="es",
  tz="America/Bogota", now="2034-11-14 10:00", shape="notes-only", place="es: Cundinamarca (Bogotá)",
  cust=("Carolina Mejía", "cmejia@altosdelnorte.example.com"),
  rep=("Andrés Quintero", "aquintero@andesalturas.example.com", "Andrés Quintero\nAndes Alturas Capacitación S.A.S.\n601 555 4420"),
  src=[
   N("2034-11-01 15:40", "Reunión con la Ing. Carolina Mejía, directora SST de Constructora Altos del Norte S.A.S. Tienen 40 trabajadores con el certificado de alturas por vencer antes de fin de año, quieren reentrenamiento en la obra de Suba. Le di tarifa de $185.000 por persona. cmejia@altosdelnorte.example.com"),
   N("2034-11-10 11:05", "Llamó Carolina: no son 40 sino 52 trabajadores. Por volumen le dejé en $172.000 por persona, en 3 grupos. Primera jornada sáb. 25 nov 7:00 en la obra de Suba. Pide certificados con código QR para verificar en obra: preguntar a coordinación académica. La propuesta formal queda pendiente: mandarla pasado el festivo del lunes 13."),
  ],
  kp=[("52 trabajadores a $172.000 por persona, en 3 grupos", ["52 trabajadores", "$172.000"]),
      ("primera jornada sábado 25 de noviembre a las 7:00 en la obra de Suba", ["25 nov", "7:00"]),
      ("propuesta formal pendiente", ["propuesta formal"])],
  mn=["$185.000", "40 trabajadores", "Reunión con", "Llamó Carolina", "coordinación académica"],
  slots=["si los certificados pueden llevar código QR"],
  dates=["nota viernes 10 de noviembre 'sáb. 25 nov' = sábado 25 de noviembre; 'el festivo del lunes 13' = lunes 13 de noviembre (Independencia de Cartagena, trasladado), propuesta a partir del martes 14 = now"]))

# 38 Lima contra incendios centro comercial, html
CASES.append(C(n=38, slug="mantenimiento-sistema-contra-incendios-centro-comercial-lima", domain="mantenimiento de instalaciones", lang="es",
  tz="America/Lima", now="2034-11-15 11:00", shape="html", colleague="Ing. Paredes", place="es: Lima (Lima / Surco)",
  cust=("Lucía Vargas", "lvargas@plazasurco.example.com"),
  rep=("Martín Salazar", "msalazar@pacificofire.example.com", "Martín Salazar\nPacífico Fire Services S.A.C.\n01 555 3092"),
  src=[
   M("2034-10-18 10:20", "inbound", "Solicitud de cotización - mantenimiento contra incendios",
     "<html><body><p>Estimado Sr. Salazar:</p><p>Soy la jefa de mantenimiento del centro comercial Plaza Surco. Solicitamos cotización para el mantenimiento de:</p><ul><li>red de rociadores y gabinetes</li><li>dos bombas contra incendio (eléctrica y diésel)</li><li>detectores de humo y panel de alarmas</li></ul><p>Saludos cordiales,<br>Lucía Vargas<br>Jefa de Mantenimiento<br>Plaza Surco<br>(01) 555 7741</p></body></html>", html=True),
   M("2034-10-23 15:00", "outbound", "RE: Solicitud de cotización - mantenimiento contra incendios",
     "Estimada Lucía:\n\nNuestra propuesta: mantenimiento preventivo mensual de rociadores, gabinetes, ambas bombas, detectores y panel, con prueba anual de caudal de las bombas: S/ 7,850 mensuales más IGV.\n\nSaludos,\nMartín Salazar"),
   M("2034-11-02 09:10", "inbound", "RE: Solicitud de cotización - mantenimiento contra incendios",
     "<html><body><p>Estimado Martín:</p><ul><li>los detectores y el panel ya los atiende otra empresa hasta 2036, por favor retírelos</li><li>nuestro jefe de seguridad, Ing. Paredes, pregunta cuál es su tiempo de respuesta ante una emergencia</li></ul><p>Saludos,<br>Lucía</p></body></html>", html=True),
   M("2034-11-06 12:30", "outbound", "RE: Solicitud de cotización - mantenimiento contra incendios",
     "Estimada Lucía:\n\nSin detectores ni panel, el mantenimiento queda en S/ 6,200 mensuales más IGV. Tiempo de respuesta ante emergencias: 2 horas, 24/7, los 365 días.\n\nSaludos,\nMartín"),
   M("2034-11-14 17:45", "inbound", "RE: Solicitud de cotización - mantenimiento contra incendios",
     "<html><body><p>Estimado Martín:</p><p>La gerencia aprobó la propuesta. Necesitamos:</p><ol><li>el contrato a nombre de Inmobiliaria Plaza Surco S.A.C.</li><li>inicio el 1 de diciembre</li><li>que la prueba de las bombas se haga fuera del horario de atención, después de las 22:00</li></ol><p>Además: ¿el servicio incluye el informe que pide INDECI para la inspección? ¿Y los repuestos están incluidos o se cobran aparte?</p><p>Saludos,<br>Lucía Vargas</p></body></html>", html=True),
  ],
  kp=[("mantenimiento sin detectores ni panel: S/ 6,200 mensuales más IGV, respuesta en 2 horas 24/7", ["S/ 6,200", "2 horas"]),
      ("contrato a nombre de Inmobiliaria Plaza Surco S.A.C., inicio el 1 de diciembre", ["Inmobiliaria Plaza Surco S.A.C.", "1 de diciembre"]),
      ("prueba de bombas después de las 22:00", ["22:00"])],
  mn=["S/ 7,850", "(01) 555 7741"],
  slots=["si el servicio incluye el informe para la inspección de INDECI", "si los repuestos están incluidos o se cobran aparte"],
  dates=["correo del cliente martes 14 de noviembre 'el 1 de diciembre' = viernes 1 de diciembre"]))

# 39 Montevideo, quiet no-draft
CASES.append(C(n=39, slug="paneles-solares-edificio-administracion-montevideo-silencio", domain="energía solar", lang="es",
  tz="America/Montevideo", now="2034-11-13 11:00", shape="no-draft: quiet", place="es: Montevideo (Montevideo)", draft=False,
  cust=("Gabriela Sosa", "gsosa@admpocitos.example.com"),
  rep=("Federico Rivero", "frivero@solaroriental.example.com", "Federico Rivero\nSolar Oriental S.R.L.\n2 555 7713"),
  src=[
   M("2034-10-27 15:20", "outbound", "Propuesta fotovoltaica - Edificio Rambla",
     "Estimada Gabriela:\n\nLe envío la propuesta para la instalación fotovoltaica en la azotea del edificio: 22 kWp para servicios comunes, US$ 24.800 más IVA, con la gestión ante UTE incluida.\n\nQuedo a las órdenes,\nFederico"),
   M("2034-11-09 18:30", "inbound", "RE: Propuesta fotovoltaica - Edificio Rambla",
     "Federico, buenas tardes.\n\nRecibí la propuesta, gracias. Estamos en pleno cierre de ejercicio de varios edificios y no doy abasto. Le agradecería que no me contacte, ni por correo ni por teléfono, hasta el lunes 4 de diciembre. Después de esa fecha la retomo con la comisión.\n\nSaludos,\nGabriela Sosa\nAdministradora"),
  ],
  quote="Le agradecería que no me contacte, ni por correo ni por teléfono, hasta el lunes 4 de diciembre.",
  dates=["correo del jueves 9 de noviembre 'hasta el lunes 4 de diciembre' = periodo de silencio vigente a now (lunes 13 de noviembre); primavera en Uruguay"]))

# 40 Córdoba tanques de agua consorcios, notes+mail
CASES.append(C(n=40, slug="limpieza-tanques-bombas-administracion-consorcios-cordoba", domain="mantenimiento de instalaciones", lang="es",
  tz="America/Argentina/Cordoba", now="2034-11-15 10:00", shape="notes+mail", colleague="Cra. Bustos", place="es: Córdoba (Córdoba, Argentina)",
  cust=("Gustavo Ferreyra", "gferreyra@adm-ferreyra.example.com"),
  rep=("Paula Gigena", "pgigena@aguaclara-mant.example.com", "Paula Gigena\nAguaClara Mantenimiento\n351 555-2091"),
  src=[
   M("2034-10-24 09:30", "inbound", "Limpieza de tanques y bombas",
     "Hola Paula, ¿cómo estás?\n\nAdministro 6 edificios en Nueva Córdoba y General Paz. Necesito presupuesto para la limpieza semestral de los tanques de reserva y un abono para el mantenimiento de las bombas presurizadoras, que fallan cada dos por tres.\n\nSaludos,\nLic. Gustavo Ferreyra\nAdministración Ferreyra\n351 555-8734"),
   N("2034-10-26 12:00", "Reunión con Gustavo Ferreyra en su oficina. 6 edificios, 14 tanques en total. Quiere análisis bacteriológico después de cada limpieza. Cotizo el lunes."),
   M("2034-10-30 16:45", "outbound", "Presupuesto limpieza de tanques - Adm. Ferreyra",
     "Hola Gustavo:\n\nTe paso el presupuesto: limpieza y desinfección de los 14 tanques con análisis bacteriológico, $ 840.000 por servicio. Abono mensual de mantenimiento de bombas presurizadoras para los 6 edificios: $ 310.000.\n\nSaludos,\nPaula"),
   M("2034-11-09 11:15", "inbound", "RE: Presupuesto limpieza de tanques - Adm. Ferreyra",
     "Paula:\n\nEl consorcio de la calle Obispo Trejo pide que la limpieza se haga un fin de semana, entre semana hay negocios en planta baja. La contadora, Cra. Bustos, pregunta si facturan A. Y una cosa: ¿entregan el certificado de limpieza para presentar en la municipalidad?\n\nGustavo"),
   N("2034-11-13 17:30", "Hablé con Gustavo. Limpiezas en sábado: sáb. 25 nov y sáb. 2 dic, recargo 10% -> $ 924.000. Abono bombas $ 310.000 sin cambios. Facturamos A, sí. El lunes 20 es feriado, no hay servicio. Mandar propuesta final y orden de servicio mar. 14/11. Ver si Rulo consigue la hidrolavadora grande para esas fechas."),
  ],
  kp=[("limpieza de los 14 tanques en sábado con recargo del 10%: $ 924.000; abono bombas $ 310.000", ["$ 924.000", "$ 310.000"]),
      ("limpiezas el sáb. 25 nov y el sáb. 2 dic", ["25 nov", "2 dic"]),
      ("facturan A; propuesta final y orden de servicio prometidas para el 14, no enviadas", ["orden de servicio"])],
  mn=["$ 840.000", "Rulo", "hidrolavadora", "351 555-8734", "Hablé con"],
  slots=["si entregan el certificado de limpieza para la municipalidad"],
  dates=["nota jueves 26 de octubre 'el lunes' = lunes 30 de octubre: cumplido (correo del 30)",
         "nota lunes 13 de noviembre 'mar. 14/11' = martes 14 de noviembre, el día antes de now (miércoles 15 de noviembre): atrasado",
         "'El lunes 20 es feriado' = lunes 20 de noviembre, Día de la Soberanía Nacional; primavera en Argentina"]))
