from lib import C, N, I, O

CASES = []

# 35 Sevilla, notas entre correos, vence el día de now
CASES.append(C(35, "kits-muestreo-analisis-suelos-cooperativa-olivarera-sevilla", "kits de muestreo y análisis de suelos", "es",
  "Europe/Madrid", "2035-02-14 10:00",
  ("Manuel Ortega", "tecnico@coop-campinaguadaira.example.com"),
  ("Lucía Benítez", "lucia.benitez@agrolab-sur.example.net", "Lucía Benítez\nAgroLab Sur\n954 555 218"),
  [N("2034-12-13 12:00", "Visita a la Cooperativa Campiña del Guadaíra, con Manuel Ortega, técnico de campo. 150 parcelas de olivar, quieren kits de muestreo y análisis de NPK y materia orgánica. Precio orientativo 38 € por muestra. Propuesta antes del 20."),
   O("2034-12-19 17:10", "Propuesta análisis de suelos", "Hola Manuel:\n\nComo hablamos en la cooperativa, te paso la propuesta: 150 análisis de suelo (NPK y materia orgánica) a 38 € por muestra, 5.700 € + IVA, kits de muestreo incluidos. Resultados en 10 días hábiles desde la recepción.\n\nUn saludo,\nLucía"),
   I("2035-02-02 08:40", "RE: Propuesta análisis de suelos", "Buenos días Lucía:\n\nAhora son 210 parcelas, se ha sumado otra cooperativa del pueblo. Rocío, nuestra ingeniera agrónoma, pregunta si podéis añadir boro y hierro. Queremos muestrear antes del abonado de primavera, en la semana del 5 de marzo.\n\nSaludos,\nManuel Ortega\nTécnico de campo\n955 555 604"),
   N("2035-02-13 13:30", "Llamé a Manuel. 210 muestras a 35 € = 7.350 € + IVA. Boro y hierro: 6 € más por muestra = 1.260 €. Entrega de kits el lunes 26 de febrero. Le mando el contrato el miércoles por la mañana. El laboratorio externo que hace el boro cobra caro, no comentar.")],
  kp=[("210 muestras a 35 €, 7.350 € + IVA", ["210 muestras", "7.350 €"]),
      ("boro y hierro por 6 € más por muestra, 1.260 €", ["1.260 €"]),
      ("kits entregados el lunes 26 de febrero; contrato el miércoles por la mañana (día de now)", ["26 de febrero", "contrato"])],
  mn=["5.700 €", "38 €", "laboratorio externo", "cobra caro", "Llamé a Manuel", "955 555 604"],
  place="es: Andalucía (Sevilla)", shape="notes+mail",
  rules=[("Propuesta antes del 20", "2034-12-13", "explicit", None, "2034-12-20", "kept"),
         ("el contrato el miércoles", "2035-02-13", "next", 2, "2035-02-14", "day"),
         ("lunes 26 de febrero", "2035-02-13", "explicit", None, "2035-02-26", "after")]))

# 36 Zaragoza, historial citado, Gmail (es)
CASES.append(C(36, "ultracongeladores-monitorizacion-laboratorio-hospital-zaragoza", "congeladores y almacenamiento en frío", "es",
  "Europe/Madrid", "2035-02-15 12:00",
  ("Dra. Pilar Lasheras", "plasheras@hospital-ebro-lab.example.org"),
  ("Sergio Gimeno", "sergio.gimeno@frioclinic.example.com", "Sergio Gimeno\nFrioClinic Aragón\n976 555 143"),
  [I("2035-02-14 13:15", "Re: Ultracongeladores para el biobanco",
     "Hola Sergio:\n\nPor fin tenemos la aprobación de dirección, pero serán tres ultracongeladores en vez de dos, porque el biobanco asume las muestras de hematología. El Dr. Aznar pregunta si la monitorización puede mandar alarmas por SMS además del correo. La sala estará lista el 12 de marzo, y queremos instalar esa misma semana. ¿Nos mantenéis el precio por unidad con tres equipos?\n\nY seguimos sin saber lo de la sonda inalámbrica, dijiste que lo consultabas con fábrica antes de Reyes.\n\nUn saludo,\nPilar Lasheras\nJefa de Sección, Laboratorio Central\n976 555 380\n\nEl mar, 19 dic 2034 a las 13:40, Sergio Gimeno (<sergio.gimeno@frioclinic.example.com>) escribió:\n> Hola Pilar:\n>\n> Para dos ultracongeladores verticales de -86 °C, 700 litros, el precio es\n> de 7.950 € por unidad + IVA, con instalación. El sistema de monitorización\n> de temperatura para ambos cuesta 890 €.\n>\n> Consulto con fábrica si la sonda inalámbrica funciona dentro de la cámara\n> y te digo algo antes de Reyes.\n>\n> Un abrazo,\n> Sergio\n>\n> El lun, 18 dic 2034 a las 9:20, Pilar Lasheras (<plasheras@hospital-ebro-lab.example.org>) escribió:\n>> Buenos días:\n>> Necesitamos dos ultracongeladores para el biobanco del hospital.\n>> ¿Nos podéis pasar presupuesto?\n>> Pilar")],
  kp=[("tres ultracongeladores a 7.950 € por unidad + IVA con instalación", ["tres ultracongeladores", "7.950 €"]),
      ("monitorización de temperatura 890 €", ["890 €"]),
      ("sala lista el 12 de marzo, instalación esa semana", ["12 de marzo"])],
  mn=["976 555 380", "dos ultracongeladores"],
  slots=["si la sonda inalámbrica funciona dentro de la cámara (prometido antes de Reyes)",
         "si la monitorización puede mandar alarmas por SMS",
         "si se mantiene el precio por unidad con tres equipos"],
  place="es: Aragón (Zaragoza)", shape="quoted (Gmail)",
  rules=[("antes de Reyes", "2034-12-19", "explicit", None, "2035-01-06", "late"),
         ("el 12 de marzo", "2035-02-14", "explicit", None, "2035-03-12", "after")]))

# 37 Guadalajara, prospecto con dos notas
CASES.append(C(37, "campanas-extraccion-mobiliario-laboratorio-destileria-guadalajara-prospecto", "campanas de extracción y mobiliario de laboratorio", "es",
  "America/Mexico_City", "2035-02-13 10:00",
  ("Ing. Paola Ramírez", "calidad@losagavesazules.example.com"),
  ("Héctor Villaseñor", "hector@labmuebles-occidente.example.net", "Héctor Villaseñor\nLabMuebles de Occidente\n33 5555 2210"),
  [N("2034-12-18 12:30", "Primera reunión con la Ing. Paola Ramírez, jefa de calidad de Destilería Los Agaves Azules. Laboratorio de calidad improvisado en una bodega. Quieren 1 campana de extracción de 1.8 m y 5 m de mesa de trabajo con cubierta resistente a químicos. Precio orientativo MXN 310,000."),
   N("2035-02-12 18:00", "Llamada con la Ing. Ramírez. Ahora son 2 campanas y 9 m de mesa, porque suman el laboratorio de microbiología. Cotización MXN 548,000 con instalación. Visita técnica jueves 22 de febrero 11:00 en la destilería. Pendiente: si la campana cumple la norma para vapores de etanol, consultar con ingeniería. Pagan a 90 días, pedir anticipo del 50%.")],
  kp=[("2 campanas y 9 m de mesa, MXN 548,000 con instalación", ["2 campanas", "9 m de mesa", "548,000"]),
      ("visita técnica el jueves 22 de febrero a las 11:00 en la destilería", ["22 de febrero", "11:00"]),
      ("se suma el laboratorio de microbiología", ["microbiología"])],
  mn=["310,000", "Pagan a 90 días", "anticipo del 50%", "Llamada con la Ing. Ramírez"],
  slots=["si la campana cumple la norma para vapores de etanol"],
  place="es: Jalisco (Guadalajara)", shape="notes-only",
  rules=[("jueves 22 de febrero", "2035-02-12", "explicit", None, "2035-02-22", "after")]))

# 38 Santiago de Chile, cliente HTML
CASES.append(C(38, "patrones-icp-metales-laboratorio-aguas-santiago", "reactivos y patrones", "es",
  "America/Santiago", "2035-02-14 11:00",
  ("Carolina Muñoz", "cmunoz@hidrolab-andino.example.com"),
  ("Felipe Araya", "felipe.araya@patronescert.example.net", "Felipe Araya\nPatrones Certificados SpA\n+56 2 2555 4170"),
  [I("2034-12-14 16:00", "Cotización patrones ICP",
     "<html><body><p>Estimado Felipe:</p><p>Necesitamos cotizar patrones para nuestro ICP-MS:</p><ul><li>patrón multielemento de 28 metales, 100 ml</li><li>20 frascos para el año</li><li>con certificado de trazabilidad</li></ul><p>Saludos cordiales,<br>Carolina Muñoz<br>Jefa de Laboratorio, Hidrolab Andino<br>+56 2 2555 8903</p></body></html>", html=True),
   O("2034-12-18 10:30", "RE: Cotización patrones ICP",
     "Estimada Carolina:\n\nEl patrón multielemento de 28 metales, 100 ml, con certificado ISO 17034, tiene un valor de CLP 186.000 por frasco + IVA. Despacho a Santiago en 5 días hábiles desde la orden de compra.\n\nSaludos,\nFelipe"),
   I("2035-02-13 12:20", "RE: Cotización patrones ICP",
     "<html><body><p>Estimado Felipe:</p><p>Tenemos auditoría de acreditación el 2 de abril y queremos cerrar la compra este mes. Antes necesito que me respondas:</p><ol><li>Ahora necesitamos 35 frascos. ¿Qué precio nos das por esa cantidad?</li><li>El Sr. Fuentes, nuestro encargado de calidad, pregunta si el certificado viene en español.</li><li>¿Pueden despachar una parte a nuestra sede de Antofagasta?</li></ol><p>Gracias,<br>Carolina</p></body></html>", html=True)],
  kp=[("CLP 186.000 por frasco + IVA, con certificado ISO 17034", ["186.000"]),
      ("despacho en 5 días hábiles desde la orden de compra", ["5 días hábiles"]),
      ("auditoría de acreditación el 2 de abril", ["2 de abril"])],
  mn=["+56 2 2555 8903"],
  slots=["precio para 35 frascos", "si el certificado viene en español",
         "si pueden despachar una parte a la sede de Antofagasta"],
  place="es: Región Metropolitana (Santiago de Chile)", shape="html",
  rules=[("2 de abril", "2035-02-13", "explicit", None, "2035-04-02", "after")]))

# 39 Montevideo, periodo de silencio, sin borrador
CASES.append(C(39, "calibracion-equipos-laboratorio-bodega-montevideo-silencio", "calibración y servicio", "es",
  "America/Montevideo", "2035-02-15 11:00",
  ("Martín Rodríguez", "mrodriguez@bodegacerroazul.example.com"),
  ("Gabriela Silva", "gabriela.silva@metrolab-uy.example.net", "Gabriela Silva\nMetroLab Uruguay\n2555 4812"),
  [O("2034-12-15 15:00", "Propuesta de calibración", "Hola Martín:\n\nTe dejo la propuesta para calibrar las balanzas, el densímetro y los pH-metros del laboratorio de la bodega: USD 1.240 por año, con dos visitas y certificados.\n\nSaludos,\nGabriela"),
   O("2035-02-09 10:00", "Re: Propuesta de calibración", "Hola Martín:\n\n¿Pudiste ver la propuesta? Si te parece, coordinamos la primera visita.\n\nSaludos,\nGabriela"),
   I("2035-02-14 19:20", "Re: Propuesta de calibración", "Gabriela, estamos en plena vendimia y no tengo cabeza para nada más. Por favor no me contactes, ni por correo ni por teléfono, hasta el lunes 12 de marzo. Después lo veo con el enólogo y te respondo.\n\nMartín")],
  draft=False, place="es: Montevideo (Montevideo)", shape="no-draft: quiet",
  rules=[("hasta el lunes 12 de marzo", "2035-02-14", "explicit", None, "2035-03-12", "running")]))

# 40 Lima, notas entre correos, vence el día de now
CASES.append(C(40, "capacitacion-seguridad-quimica-laboratorio-ensayos-lima", "capacitación en seguridad", "es",
  "America/Lima", "2035-02-15 10:00",
  ("Ing. Carmen Quispe", "cquispe@andesensayos.example.com"),
  ("Renato Salazar", "rsalazar@segurolab-peru.example.net", "Renato Salazar\nSeguroLab Perú\n01 555 7730"),
  [N("2034-12-13 16:30", "Visita a Andes Ensayos S.A.C., Ing. Carmen Quispe, jefa de laboratorio. 40 técnicos, curso de seguridad química de 8 horas. Referencial PEN 190 por persona. Cotización hasta el viernes."),
   O("2034-12-15 12:00", "Cotización curso de seguridad química", "Estimada Ing. Quispe:\n\nGracias por recibirme en el laboratorio. Le envío la cotización: curso de seguridad química de 8 horas para 40 técnicos, en 2 grupos de 20, a PEN 190 por persona, total PEN 7,600, con certificado.\n\nAtentamente,\nRenato Salazar"),
   I("2035-02-05 09:15", "RE: Cotización curso de seguridad química", "Estimado Renato:\n\nAhora serían 56 personas, porque entra también el turno noche. Nuestro supervisor de seguridad, el Sr. Huamán, pregunta si el curso incluye un simulacro de derrame de ácido. Debe dictarse antes de la auditoría del 20 de marzo.\n\nSaludos,\nCarmen Quispe\nJefa de Laboratorio\n999 555 214"),
   N("2035-02-14 17:00", "Llamé a la Ing. Quispe. 56 personas en 3 grupos, PEN 175 por persona = PEN 9,800. Simulacro de derrame incluido. Fechas: sábados 3, 10 y 17 de marzo. Contrato el jueves. Instructor nuevo, aún sin acreditación, no mencionar.")],
  kp=[("56 personas en 3 grupos a PEN 175, total PEN 9,800", ["56 personas", "PEN 9,800"]),
      ("simulacro de derrame incluido", ["Simulacro de derrame"]),
      ("sábados 3, 10 y 17 de marzo, antes de la auditoría del 20 de marzo; contrato el jueves (día de now)", ["17 de marzo", "Contrato"])],
  mn=["PEN 7,600", "PEN 190", "sin acreditación", "no mencionar", "999 555 214", "Llamé a la Ing. Quispe"],
  place="es: Lima (Lima)", shape="notes+mail",
  rules=[("Cotización hasta el viernes", "2034-12-13", "next", 4, "2034-12-15", "kept"),
         ("Contrato el jueves", "2035-02-14", "next", 3, "2035-02-15", "day"),
         ("sábados 3, 10 y 17 de marzo", "2035-02-14", "explicit", None, "2035-03-17", "after")]))
