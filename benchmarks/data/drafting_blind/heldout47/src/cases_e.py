from lib import case, msg, note

CASES = []
add = CASES.append
tz = "Europe/Madrid"

# 35 Valencia - sonido e iluminacion para verbenas falleras - notes+mail
add(case(35, "sonido-iluminacion-pantalla-verbenas-falla-valencia", "sonido e iluminación", "es", tz, "2035-01-10 10:00",
    ("Amparo Llorens", "presidencia@fallaplacadelforn.example.org"),
    ("Sergio Navarro", "snavarro@levanteshow.example.com", """
        Sergio Navarro
        Levante Show Técnica S.L.
        963 555 218"""),
    [
        msg("2034-12-11 19:30", "inbound", "Verbenas marzo", """
            Hola Sergio,

            Soy Amparo Llorens, presidenta de la Falla Plaça del Forn. Este año queremos hacer las verbenas en condiciones: carpa para unas 600 personas, noches del 15 al 18 de marzo. Necesitamos sonido e iluminación. ¿Puedes pasarte por el casal?

            Un saludo,
            Amparo
            667 555 302"""),
        note("2034-12-13 20:15", """
            Visita al casal con Amparo y el tesorero, Pepe. Carpa de 30 x 15 m. Propuesta antes del 20."""),
        msg("2034-12-19 12:00", "outbound", "Propuesta sonido e iluminación verbenas", """
            Hola Amparo:

            Gracias por recibirme en el casal. Nuestra propuesta para las cuatro noches: line array compacto con subgraves, 16 focos LED, mesa y un técnico todas las noches, 6.900 € + IVA. Montaje el 14 de marzo.

            Un abrazo,
            Sergio"""),
        msg("2035-01-04 21:10", "inbound", "RE: Propuesta sonido e iluminación verbenas", """
            Hola Sergio, ¡feliz año!

            La junta quiere añadir una pantalla LED para las verbenas y para la entrega de premios. Pepe pregunta si el técnico puede quedarse hasta las 4:00 los días 17 y 18, que este año el Ayuntamiento amplía el horario.

            Amparo"""),
        note("2035-01-09 18:00", """
            Llamada Amparo. Pantalla LED 4 x 2,5 m las 4 noches, 2.400 €, total 9.300 € + IVA. Técnico hasta las 4:00 el 17 y el 18: incluido sin coste. Montaje 14 de marzo por la mañana. Le mando el contrato el miércoles a primera hora. La pantalla la subcontratamos en Castellón, no decirlo."""),
    ],
    True,
    [("pantalla LED 4 x 2,5 m por 2.400 €, total 9.300 € + IVA", ["2.400 €", "9.300 €"]),
     ("técnico hasta las 4:00 el 17 y el 18 sin coste", ["4:00", "sin coste"]),
     ("montaje el 14 de marzo por la mañana; contrato", ["14 de marzo", "contrato"])],
    ["6.900 €", "Castellón", "subcontratamos", "667 555 302", "Llamada Amparo"],
    [],
    place="es: Comunitat Valenciana (Valencia)", shape="notes+mail", colleague="Pepe",
    dates="Nota miércoles 13 de diciembre de 2034: propuesta antes del 20 = miércoles 20 de diciembre, cumplido (correo del martes 19). Nota martes 9 de enero de 2035: contrato el miércoles a primera hora = miércoles 10 de enero, el día de now (10:00): pendiente, no atrasado; verbenas del 15 al 18 de marzo, montaje el 14."))

# 36 Bilbao - merchandising rocodromo - quoted Gmail (es)
add(case(36, "camisetas-bolsas-magnesio-rocodromo-bilbao", "merchandising", "es", tz, "2035-01-11 12:00",
    ("Ane Etxeberria", "ane@harkaitzbloke.example.com"),
    ("Nerea Bilbao Ruiz", "nerea@tintaytalla.example.com", """
        Nerea Bilbao Ruiz
        Tinta y Talla Textil
        944 555 127"""),
    [
        msg("2035-01-10 20:30", "inbound", "Re: Presupuesto camisetas y bolsas de magnesio", """
            Kaixo Nerea,

            Seguimos adelante con las 300 camisetas técnicas y las 200 bolsas de magnesio, tal como las presupuestaste.

            Iker, mi socio, pregunta si las camisetas pueden ser de poliéster reciclado, que la gente de escalada se fija mucho en eso. Quedaste en mirar si se podía bordar el logo en las bolsas en vez de serigrafiarlo y aún no sé nada. ¿Y nos podríais mandar una camiseta de muestra en talla M antes de la producción?

            Las necesitamos para la inauguración de la nueva sala, el 17 de febrero.

            Gracias!
            Ane
            Harkaitz Bloke Eskalada
            688 555 410

            El mar, 19 dic 2034 a las 12:10, Nerea Bilbao Ruiz (<nerea@tintaytalla.example.com>) escribió:
            > Hola Ane:
            >
            > Te paso el presupuesto:
            > - 300 camisetas técnicas con logo a 2 colores: 12,40 €/ud
            > - 200 bolsas de magnesio con logo serigrafiado: 8,90 €/ud
            > Total 5.500 € + IVA. Plazo: 4 semanas desde la aprobación del diseño.
            >
            > Miro con el taller si se puede bordar en las bolsas y te digo.
            >
            > Un saludo,
            > Nerea
            >
            > El vie, 15 dic 2034 a las 9:42, Ane Etxeberria (<ane@harkaitzbloke.example.com>) escribió:
            >> Hola, somos un rocódromo de Bilbao y abrimos una segunda sala en febrero. Queremos camisetas y bolsas de magnesio con nuestro logo. ¿Nos pasas precio para unas 300 camisetas y 200 bolsas?
            >> Ane"""),
    ],
    True,
    [("300 camisetas técnicas a 12,40 € y 200 bolsas de magnesio a 8,90 €, total 5.500 € + IVA", ["300 camisetas", "12,40 €", "8,90 €", "5.500 €"]),
     ("plazo de 4 semanas desde la aprobación del diseño", ["4 semanas"]),
     ("inauguración de la nueva sala el 17 de febrero", ["17 de febrero"])],
    ["688 555 410"],
    ["si las camisetas pueden ser de poliéster reciclado",
     "si el logo de las bolsas se puede bordar en vez de serigrafiar",
     "si pueden mandar una camiseta de muestra en talla M antes de la producción"],
    place="es: País Vasco (Bilbao)", shape="quoted", client="Gmail (es) ('>' and '>>')", colleague="Iker",
    dates="Correo de la representante martes 19 de diciembre de 2034 (citado): consulta del bordado prometida, no cumplida a now (jueves 11 de enero de 2035). Correo del cliente miércoles 10 de enero: inauguración el 17 de febrero de 2035 (sábado)."))

# 37 Monterrey - pantalla LED salon de eventos - notes only
add(case(37, "pantalla-led-salon-bodas-eventos-monterrey-prospecto", "pantallas LED", "es", "America/Monterrey", "2035-01-09 10:00",
    ("Daniela Garza", "dgarza@haciendalosnogales.example.com"),
    ("Arturo Villarreal", "avillarreal@pixelnorte.example.com", """
        Arturo Villarreal
        Pixel Norte Pantallas
        81 5555 0372"""),
    [
        note("2034-12-18 12:30", """
            Conocí a la Lic. Daniela Garza, gerente del Salón Hacienda Los Nogales (San Pedro Garza García), en la boda de un cliente. Hacen unos 300 eventos al año, bodas y XV años. Quieren pantalla LED fija de 5 x 3 m en el salón principal. Primer precio: MXN 685,000 instalada."""),
        note("2035-01-08 13:00", """
            Llamada con Daniela. Ahora 6 x 3.5 m, pitch 2.6, MXN 812,000 instalada, con procesador y 2 años de garantía. Visita técnica jueves 18 de enero 11:00 en el salón, con su arquitecto Rodrigo. Pregunta: ¿se puede financiar a 12 meses sin intereses? Lo veo con administración. Interno: el proveedor sube precios en febrero, empujar el cierre."""),
    ],
    True,
    [("pantalla de 6 x 3.5 m, pitch 2.6, MXN 812,000 instalada", ["6 x 3.5 m", "MXN 812,000"]),
     ("incluye procesador y 2 años de garantía", ["2 años de garantía"]),
     ("visita técnica jueves 18 de enero 11:00 con el arquitecto Rodrigo", ["18 de enero", "11:00", "Rodrigo"])],
    ["MXN 685,000", "empujar el cierre", "sube precios en febrero", "Llamada con Daniela"],
    ["si se puede financiar a 12 meses sin intereses"],
    place="es: Nuevo León (Monterrey / San Pedro Garza García)", shape="notes-only",
    dates="Nota lunes 18 de diciembre de 2034. Nota lunes 8 de enero de 2035: visita técnica jueves 18 de enero 11:00, después de now (martes 9 de enero)."))

# 38 Medellin - sillas y tarima congreso - HTML
add(case(38, "sillas-tarima-mesas-congreso-medico-medellin", "mobiliario y tarimas para eventos", "es", "America/Bogota", "2035-01-10 11:00",
    ("Catalina Restrepo Uribe", "logistica@antioquiacongresos.example.com"),
    ("Felipe Ochoa", "fochoa@montajesdelvalle.example.com", """
        Felipe Ochoa
        Montajes del Valle SAS
        604 555 8130"""),
    [
        msg("2034-12-14 15:40", "inbound", "Cotización mobiliario congreso", """
            <html><body><p>Buenas tardes Felipe,</p>
            <p>Somos Antioquia Congresos SAS. Organizamos un congreso médico del 8 al 10 de marzo con 1.200 asistentes. Necesitamos cotización de:</p>
            <ul>
            <li>sillas tapizadas para el auditorio</li>
            <li>tarima de 12 x 6 m</li>
            <li>mesas para la muestra comercial</li>
            </ul>
            <p>Quedo atenta,<br>Catalina Restrepo Uribe<br>Coordinadora de logística<br>315 555 2094</p></body></html>"""),
        msg("2034-12-18 09:20", "outbound", "RE: Cotización mobiliario congreso", """
            Hola Catalina,

            Con gusto. Nuestra cotización:
            - 1.200 sillas tapizadas: COP 9.500 c/u por evento
            - tarima de 12 x 6 m con faldón: COP 4.800.000
            - 40 mesas de stand: COP 65.000 c/u

            Total COP 18.800.000 + IVA, montaje el 7 de marzo.

            Saludos,
            Felipe"""),
        msg("2035-01-09 16:50", "inbound", "RE: Cotización mobiliario congreso", """
            <html><body><p>Hola Felipe, feliz año.</p>
            <p>Avanzamos con ustedes. Tenemos novedades:</p>
            <ol>
            <li>Ya son 1.400 inscritos. ¿Nos ajustan la cotización?</li>
            <li>El Sr. Zuluaga, de logística del hotel, pregunta si el montaje puede ser el 6 de marzo en la noche, porque el 7 hay otro evento en el salón hasta las 6 p.m.</li>
            <li>¿Tienen sillas con brazo para la primera fila? Serían 40 invitados VIP.</li>
            </ol>
            <p>Catalina</p></body></html>"""),
    ],
    True,
    [("sillas tapizadas a COP 9.500 c/u, tarima 12 x 6 m COP 4.800.000, 40 mesas a COP 65.000", ["COP 9.500", "COP 4.800.000", "COP 65.000"]),
     ("congreso del 8 al 10 de marzo", ["8 al 10 de marzo"]),
     ("ahora 1.400 inscritos", ["1.400"])],
    ["315 555 2094"],
    ["la cotización ajustada para 1.400 asistentes",
     "si el montaje puede ser el 6 de marzo en la noche",
     "si tienen sillas con brazo para 40 invitados VIP en la primera fila"],
    place="es: Antioquia (Medellín)", shape="html", colleague="Sr. Zuluaga",
    dates="Correo del cliente martes 9 de enero de 2035: montaje pedido el 6 de marzo en la noche (martes), el 7 ocupado; congreso del 8 al 10 de marzo de 2035. Now miércoles 10 de enero."))

# 39 Rosario - seguro para club - silencio
add(case(39, "seguro-eventos-club-basquet-rosario-silencio", "seguros para eventos", "es", "America/Argentina/Cordoba", "2035-01-11 11:00",
    ("Martín Gallardo", "mgallardo@clubribereno.example.org"),
    ("Lucía Benítez", "lbenitez@litoralseguros.example.com", """
        Lucía Benítez
        Litoral Seguros de Eventos
        341 555 7206"""),
    [
        msg("2035-01-05 10:30", "outbound", "Cotización seguro torneo de verano", """
            Hola Martín:

            Te mando la cotización para el torneo de verano del club: responsabilidad civil para 2.500 espectadores por noche y accidentes personales para 160 jugadores, ARS 3.950.000 por las tres semanas. Cualquier duda, me llamás.

            Saludos,
            Lucía"""),
        msg("2035-01-08 21:15", "inbound", "RE: Cotización seguro torneo de verano", """
            Lucía, gracias. Estamos a full con la pretemporada y la pileta del club, no tengo cabeza para esto ahora. Te pido que no me mandes nada ni me llames hasta el 1° de febrero; para entonces la comisión directiva ya lo habrá tratado y te escribo yo.

            Martín Gallardo
            Tesorero - Club Atlético Ribereño"""),
    ],
    False, [], [], [],
    place="es: Santa Fe (Rosario)", shape="no-draft: quiet",
    stop="Te pido que no me mandes nada ni me llames hasta el 1° de febrero; para entonces la comisión directiva ya lo habrá tratado y te escribo yo.",
    dates="Correo del cliente lunes 8 de enero de 2035: sin contacto hasta el 1° de febrero (jueves 1 de febrero de 2035), periodo de silencio vigente a now (jueves 11 de enero). Verano."))

# 40 A Coruna - vallas LED pabellon baloncesto - notes+mail
add(case(40, "vallas-led-publicidad-club-baloncesto-a-coruna", "pantallas y vallas LED", "es", tz, "2035-01-11 10:00",
    ("Xoán Varela", "marketing@basquetorzan.example.org"),
    ("Beatriz Ferreiro", "bferreiro@ledatlantico.example.com", """
        Beatriz Ferreiro
        LED Atlántico S.L.
        981 555 064"""),
    [
        note("2034-12-13 13:30", """
            Reunión en el pabellón con Xoán Varela, director de marketing del Básquet Orzán. Quieren 28 m de vallas LED a pie de pista para patrocinadores. Presupuesto a más tardar el 18."""),
        msg("2034-12-18 17:20", "outbound", "Presupuesto vallas LED pabellón", """
            Hola Xoán:

            Como quedamos, te envío el presupuesto: 28 m de vallas LED a pie de pista, pitch 10 mm, con software de programación de anuncios, 39.200 € + IVA, instalación incluida.

            Un saludo,
            Beatriz"""),
        msg("2035-01-05 12:05", "inbound", "RE: Presupuesto vallas LED pabellón", """
            Bos días Beatriz,

            La directiva lo aprueba, pero queremos 32 m para cubrir también el fondo. Uxía, nuestra responsable de patrocinio, pregunta si el software permite vender espacios por minutos durante la retransmisión. Tenemos partido en casa el 27 de enero, ¿podría estar instalado antes?

            Saúdos,
            Xoán Varela
            Básquet Orzán
            629 555 841"""),
        note("2035-01-10 17:00", """
            Llamada con Xoán. 32 m: 43.800 € + IVA. Software: sí, reparto por minutos y por cuarto, con informes para patrocinadores. Instalación martes 23 y miércoles 24 de enero, antes del partido del 27. Envío contrato el jueves. Pedir al almacén 4 m extra, solo hay 30 m en stock."""),
    ],
    True,
    [("32 m de vallas LED por 43.800 € + IVA", ["32 m", "43.800 €"]),
     ("el software reparte espacios por minutos y por cuarto, con informes para patrocinadores", ["por minutos", "informes"]),
     ("instalación martes 23 y miércoles 24 de enero, antes del partido del 27; contrato el jueves", ["23 y miércoles 24 de enero", "contrato"])],
    ["39.200 €", "solo hay 30 m", "Pedir al almacén", "629 555 841", "Llamada con Xoán"],
    [],
    place="es: Galicia (A Coruña)", shape="notes+mail", colleague="Uxía",
    dates="Nota miércoles 13 de diciembre de 2034: presupuesto a más tardar el 18 = lunes 18 de diciembre, cumplido (correo del 18). Correo del cliente viernes 5 de enero de 2035: partido en casa el 27 de enero (sábado). Nota miércoles 10 de enero: instalación martes 23 y miércoles 24 de enero; contrato el jueves = jueves 11 de enero, el día de now (10:00): pendiente."))
