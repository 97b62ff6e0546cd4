from lib import Case

CASES = []

# 35 Sevilla, renting furgonetas reparto, notes+mail
c = Case(35, "renting-furgonetas-electricas-reparto-sevilla", "renting de flotas", "es", "Europe/Madrid", "2034-12-04 10:00",
         ("Rocío Márquez", "rmarquez@repartos-giralda.example.com"),
         ("Álvaro Téllez", "atellez@flotarent.example.com", "Álvaro Téllez\nFlotaRent Empresas\n954 555 318"),
         "es: Andalucía (Sevilla)", "notes+mail")
c.msg("inbound", "2034-11-06 09:40", "Renting furgonetas para última milla",
"""Buenos días Álvaro:

Te escribo de parte de Manuel, de la asociación de transportistas. Con la zona de bajas emisiones del centro tenemos que cambiar 16 furgonetas de reparto. Buscamos renting de eléctricas medianas, con mantenimiento y seguro incluidos. Hacemos unos 120 km diarios por furgoneta, con mucho calor en verano, eso nos preocupa por la batería.

¿Podríamos vernos esta semana?

Un saludo,
Rocío Márquez
Jefa de Flota
Repartos Giralda S.L.
655 555 921""")
c.note("2034-11-08 12:30", """Reunión en su nave de Polígono Store con Rocío. 16 furgonetas, 48 meses, 30.000 km/año. Batería con gestión térmica, tranquila con el calor. Le mando propuesta antes del 15.""")
c.msg("outbound", "2034-11-14 17:10", "Propuesta renting 16 furgonetas eléctricas",
"""Hola Rocío:

Gracias por recibirme. Te paso la propuesta:

- 16 furgonetas eléctricas de 75 kWh, 48 meses, 30.000 km/año
- cuota 689 € + IVA por furgoneta y mes, con mantenimiento, seguro a todo riesgo, neumáticos y vehículo de sustitución

Entrega en unas 10 semanas desde la firma.

Un abrazo,
Álvaro""")
c.msg("inbound", "2034-11-27 13:15", "RE: Propuesta renting 16 furgonetas eléctricas",
"""Álvaro, buenas:

El gerente, Sr. Olmedo, pregunta si bajando a 25.000 km/año la cuota mejora. Y nuestra asesora fiscal quiere saber si el seguro lleva franquicia. Nos gustaría tener las primeras antes de Semana Santa.

Rocío""")
c.note("2034-12-01 18:00", """Llamada con Rocío. 25.000 km/año: cuota 652 € + IVA. Seguro sin franquicia – confirmado. Primeras 8 furgonetas en marzo, resto en abril, antes de Semana Santa OK. Contrato y documentación para el estudio de riesgo se los mando lunes 4 a primera hora. Ojo: riesgos aún no ha aprobado, no prometer fecha de firma. Con el puente del 6 y el 8 van a estar a medio gas.""")
c.kp("cuota 652 € + IVA por furgoneta y mes con 25.000 km/año, 48 meses", "652 €", "25.000 km")
c.kp("seguro sin franquicia", "sin franquicia")
c.kp("8 furgonetas en marzo y el resto en abril; contrato y documentación para el estudio de riesgo pendientes", "marzo", "abril", "estudio de riesgo")
c.must_not += ["689 €", "riesgos aún no ha aprobado", "655 555 921", "a medio gas", "Llamada con Rocío"]
CASES.append(c)

# 36 Zaragoza, elevadores y diagnosis taller, quoted Gmail es
c = Case(36, "elevadores-diagnosis-taller-mecanico-zaragoza", "elevadores y diagnosis de taller", "es", "Europe/Madrid", "2034-12-05 12:00",
         ("Javier Lasheras", "javier@talleres-lasheras.example.com"),
         ("Marta Echeverría", "marta.echeverria@equipotaller.example.net", "Marta Echeverría\nEquipoTaller Norte\n976 555 402"),
         "es: Aragón (Zaragoza)", "quoted (Gmail (es))")
c.msg("inbound", "2034-12-05 09:37", "Re: Presupuesto elevadores y equipo de diagnosis",
"""Hola Marta:

Lo hemos hablado con mi hermano y nos quedamos con los 3 elevadores de dos columnas, pero el equipo de diagnosis lo dejamos para más adelante, ahora no llega.

Nuestro jefe de taller, Chema, pregunta si los elevadores pueden anclarse en la solera que tenemos (15 cm) o hay que hacer zapata. Y quedaste en decirme si el precio incluye el certificado de instalación para la inspección de Industria; no me ha llegado nada.

Montaje: podéis venir entre Navidad y Reyes, que cerramos del 26 al 29 de diciembre.

Saludos,
Javier

Javier Lasheras
Talleres Lasheras Hnos.
Tel. 976 555 731

El mié, 22 nov 2034 a las 18:03, Marta Echeverría (<marta.echeverria@equipotaller.example.net>) escribió:
> Hola Javier:
>
> Como te comenté por teléfono, te paso el presupuesto:
>
> - 3 elevadores electrohidráulicos de dos columnas, 4 t: 3.950 € + IVA cada uno
> - equipo de diagnosis multimarca con tablet: 4.700 € + IVA
> - montaje y puesta en marcha: 650 € + IVA por elevador
>
> Lo del certificado para Industria lo consulto y te digo.
>
> Un saludo,
> Marta
>
> El lun, 20 nov 2034 a las 11:20, Javier Lasheras (<javier@talleres-lasheras.example.com>) escribió:
>> Buenas Marta:
>>
>> Vamos a renovar el taller y necesitamos presupuesto de 3 elevadores
>> y un equipo de diagnosis nuevo. El de ahora no lee los coches
>> de 2030 en adelante.
>>
>> Javier
""")
c.kp("3 elevadores de dos columnas de 4 t a 3.950 € + IVA cada uno, sin el equipo de diagnosis", "3.950 €", "3 elevadores")
c.kp("montaje y puesta en marcha 650 € + IVA por elevador", "650 €")
c.kp("montaje deseado del 26 al 29 de diciembre", "26 al 29 de diciembre")
c.must_not += ["4.700 €", "976 555 731", "ahora no llega", "no me ha llegado nada"]
c.answer_slots += ["si los elevadores pueden anclarse en la solera de 15 cm o hace falta zapata",
                   "si el precio incluye el certificado de instalación para Industria",
                   "si el montaje puede hacerse del 26 al 29 de diciembre"]
CASES.append(c)

# 37 Guadalajara (Jalisco), telemática flotilla pipas, notes-only
c = Case(37, "telemetria-flotilla-pipas-agua-guadalajara-prospecto", "telemática", "es", "America/Mexico_City", "2034-12-05 10:00",
         ("Ing. Gabriela Ruvalcaba", "gruvalcaba@aguasdeltapatio.example.com"),
         ("Héctor Villaseñor", "hvillasenor@rastreomx.example.com", "Héctor Villaseñor\nRastreo MX Flotillas\n33 5555 0148"),
         "es: Jalisco (Guadalajara / Zapopan)", "notes-only")
c.note("2034-11-23 13:20", """Plática en la Expo Transporte con la Ing. Gabriela Ruvalcaba, gerente de operaciones de Aguas del Tapatío (reparto de agua en pipas, Zapopan). 28 pipas, sin GPS. Les roban combustible y los choferes se desvían. Quiere rastreo + sensor de nivel de tanque de diésel. Le di precio de referencia: $420 MXN por unidad al mes más $3,800 de instalación.""")
c.note("2034-12-04 17:00", """Me marcó la Ing. Ruvalcaba. Ya son 32 pipas (compraron 4). Con sensor de combustible y botón de pánico: $465 MXN por unidad al mes, instalación $3,200 por unidad si firman antes del 22 de diciembre. Prueba piloto con 3 pipas del lunes 11 al viernes 22 de diciembre, instalación en su patio de Zapopan. Pide que el reporte diario le llegue por WhatsApp además del correo – preguntar a soporte si ya está lista esa función, Toño dice que en enero.""")
c.kp("32 pipas a $465 MXN por unidad al mes con sensor de combustible y botón de pánico", "$465", "32 pipas")
c.kp("instalación $3,200 por unidad si firman antes del 22 de diciembre", "$3,200", "22 de diciembre")
c.kp("piloto con 3 pipas del lunes 11 al viernes 22 de diciembre en el patio de Zapopan", "3 pipas", "lunes 11", "Zapopan")
c.must_not += ["$420", "$3,800", "Toño", "Plática en la Expo", "Me marcó"]
c.answer_slots += ["si el reporte diario puede llegar por WhatsApp"]
CASES.append(c)

# 38 Santiago de Chile, cámaras para buses, html
c = Case(38, "camaras-fatiga-buses-interurbanos-santiago", "cámaras a bordo", "es", "America/Santiago", "2034-12-06 11:00",
         ("Francisca Soto", "fsoto@buses-cordillera.example.com"),
         ("Rodrigo Pizarro", "rpizarro@vigiabus.example.org", "Rodrigo Pizarro\nVigíaBus SpA\n+56 2 2555 7140"),
         "es: Región Metropolitana (Santiago de Chile)", "html")
c.msg("inbound", "2034-11-17 10:15", "Cámaras y detección de fatiga",
"""<html><body><p>Estimado Rodrigo:</p>
<p>Junto con saludar, Buses Cordillera opera 45 buses interurbanos entre Santiago y la costa. Tras un incidente en la ruta 68 queremos instalar:</p>
<ul>
<li>cámara de detección de fatiga y distracción del conductor</li>
<li>cámara frontal con grabación continua</li>
<li>alertas en tiempo real a nuestra central</li>
</ul>
<p>Agradecería cotización.</p>
<p>Saludos cordiales,<br>Francisca Soto<br>Jefa de Seguridad Operacional<br>Buses Cordillera Ltda.<br>+56 9 5555 3821</p></body></html>""", "text/html")
c.msg("outbound", "2034-11-22 12:40", "Cotización VigíaBus - 45 buses",
"""Estimada Francisca:

Adjunto la cotización. Kit VB-Duo (cámara de fatiga + cámara frontal) con alertas en línea a su central:

- equipo e instalación: 14,9 UF por bus
- plataforma y datos móviles: 0,85 UF por bus al mes, contrato de 36 meses

La instalación toma 3 horas por bus.

Saludos,
Rodrigo""")
c.msg("inbound", "2034-12-05 16:30", "RE: Cotización VigíaBus - 45 buses",
"""<html><body><p>Rodrigo, buenas tardes:</p>
<p>La gerencia aprobó avanzar con una primera etapa. Le comento:</p>
<ol>
<li>Partiríamos con 20 buses, no 45. ¿Se mantiene el valor de 14,9 UF por bus?</li>
<li>El gerente de mantención, Sr. Araya, pregunta si la instalación se puede hacer de noche en el terminal de Pudahuel, entre 23:00 y 05:00.</li>
<li>¿Las grabaciones cumplen con lo que pide la fiscalización para conductores?</li>
</ol>
<p>Quedo atenta,<br>Francisca</p></body></html>""", "text/html")
c.kp("kit VB-Duo con alertas en línea, 0,85 UF por bus al mes por 36 meses", "0,85 UF", "36 meses", "VB-Duo")
c.kp("primera etapa con 20 buses", "20 buses")
c.kp("instalación de 3 horas por bus; pedida de noche en Pudahuel", "3 horas", "Pudahuel")
c.must_not += ["+56 9 5555 3821", "incidente en la ruta 68"]
c.answer_slots += ["si se mantiene 14,9 UF por bus con 20 buses",
                   "si la instalación puede hacerse de noche en Pudahuel entre 23:00 y 05:00",
                   "si las grabaciones cumplen con la fiscalización"]
CASES.append(c)

# 39 Quito, seguros cooperativa taxis, quiet
c = Case(39, "seguro-flota-cooperativa-taxis-quito-silencio", "seguros de flota", "es", "America/Guayaquil", "2034-12-04 11:00",
         ("Luis Andrade", "landrade@coop-pichincha-taxi.example.org"),
         ("Verónica Salazar", "vsalazar@andinaseguros.example.com", "Verónica Salazar\nAndina Corredores de Seguros\n02 555 9183"),
         "es: Pichincha (Quito)", "no-draft: quiet")
c.msg("outbound", "2034-11-27 15:00", "Propuesta seguro de flota - Cooperativa",
"""Estimado Luis:

Tal como conversamos, le envío la propuesta para las 85 unidades de la cooperativa: USD 412 anuales por taxi con cobertura de responsabilidad civil y accidentes de pasajeros. Quedo pendiente de sus comentarios.

Atentamente,
Verónica Salazar""")
c.msg("inbound", "2034-12-01 19:20", "RE: Propuesta seguro de flota - Cooperativa",
"""Estimada Verónica:

Gracias por la propuesta. Estamos con las fiestas de Quito y la asamblea de socios, no tengo cabeza para esto ahora. Le pido que no me escriba ni me llame hasta el 8 de enero; después de Reyes la reviso con el consejo y yo le contacto.

Saludos,
Luis Andrade
Presidente
Cooperativa de Taxis Pichincha""")
c.expect_draft = False
CASES.append(c)

# 40 Mendoza, repuestos y lubricantes para colectivos, notes+mail
c = Case(40, "lubricantes-repuestos-empresa-colectivos-mendoza", "repuestos y lubricantes", "es", "America/Argentina/Mendoza", "2034-12-06 10:00",
         ("Gustavo Ferreyra", "gferreyra@transportes-aconcagua.example.com"),
         ("Carolina Ibáñez", "cibanez@lubricuyo.example.net", "Carolina Ibáñez\nLubriCuyo S.A.\n261 555-4027"),
         "es: Mendoza (Mendoza / Godoy Cruz)", "notes+mail")
c.msg("inbound", "2034-11-13 08:30", "Provisión de lubricantes y filtros 2035",
"""Buen día Carolina,

Desde Transportes Aconcagua necesitamos cotización anual de aceite de motor 15W-40, filtros de aceite y de aire para 74 colectivos urbanos (Mercedes OH y Agrale). Entregas quincenales en el taller de Godoy Cruz.

Saludos
Gustavo Ferreyra
Jefe de Taller
Transportes Aconcagua S.A.
261 555-8890""")
c.note("2034-11-15 12:00", """Visita al taller de Godoy Cruz con Gustavo. Consumo aprox. 2.600 litros de aceite por mes. Quiere tambores de 205 l. Cotización a más tardar el 20.""")
c.msg("outbound", "2034-11-20 10:45", "Cotización lubricantes y filtros 2035",
"""Gustavo, buen día:

Te paso la cotización anual:

- aceite 15W-40 API CK-4 en tambor de 205 l: $ 6.850 por litro + IVA
- kit de filtros (aceite + aire) por colectivo: $ 148.000 + IVA
- entregas quincenales en Godoy Cruz sin cargo

Precios fijos por 90 días, luego ajuste mensual por índice.

Saludos,
Carolina""")
c.msg("inbound", "2034-11-30 09:15", "RE: Cotización lubricantes y filtros 2035",
"""Carolina,

El contador, Cr. Videla, pregunta si podemos pagar a 60 días en vez de 30. Además nos vendría bien que nos presten un dispensador neumático para los tambores, el nuestro está roto.

Gustavo""")
c.note("2034-12-04 15:20", """Llamé a Gustavo. Pago a 60 días OK si firman contrato por 12 meses, con aceite a $ 6.990 por litro + IVA (recargo por plazo). Dispensador neumático en comodato: sí, lo llevamos con la primera entrega el jueves 14 de diciembre. Contrato para firmar se lo mando el miércoles. No comentar lo del faltante de filtros Agrale en depósito.""")
c.kp("pago a 60 días con contrato de 12 meses, aceite a $ 6.990 por litro + IVA", "60 días", "$ 6.990", "12 meses")
c.kp("dispensador neumático en comodato con la primera entrega el jueves 14 de diciembre", "dispensador", "comodato", "14 de diciembre")
c.kp("contrato para firmar pendiente de envío; kit de filtros $ 148.000 + IVA", "$ 148.000", "contrato")
c.must_not += ["$ 6.850", "faltante de filtros", "261 555-8890", "Llamé a Gustavo"]
CASES.append(c)
