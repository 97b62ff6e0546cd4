"""Cases 35-40: Spanish."""
from lib import note, out, inn

CASES = []

# ---------------------------------------------------------------- 35
CASES.append(dict(
    nn=35, slug="uniformes-escolares-colegio-concertado-sevilla-prospecto",
    domain="uniformes escolares", lang="es", tz="Europe/Madrid", now="2032-06-08 10:30",
    cust=("Rocío Barrera", "administracion@colegiotrianaalta.example.es"),
    rep=("Álvaro Montes", "alvaro.montes@textilaula.example.es",
         "Álvaro Montes\nTextil Aula\n954 555 217"),
    shape="notes", place=("Sevilla", "Andalucía", "es", None),
    kinds=["q", "prom", "rel", "noteans", "deadline", "time"],
    notes="'Enviar propuesta + muestrario el miércoles' in the Thursday 3 June note = miércoles 9 de junio = mañana at now (martes 8 de junio); calls only in the morning before 13 h.",
    sources=[
        note("2032-06-03 12:40",
             "Llamada con Rocío Barrera, administradora del Colegio Triana Alta (concertado). 420 alumnos de infantil y primaria. "
             "Quieren cambiar de proveedor de uniforme para el curso que viene. Precios dados: polo 12,50 €, pantalón o falda "
             "17,90 €, chándal completo 32 €. Venta a las familias por tienda online con recogida en el cole; quieren abrir la "
             "tienda el jueves 1 de julio. Pregunta: ¿se puede bordar el escudo nuevo? -> sí, matriz de bordado 95 € una sola vez, "
             "se lo dije. 2ª: ¿hay tallas de adulto hasta la XXL para los de 6º? -> lo miro. Enviar propuesta + muestrario el "
             "miércoles. Llamar solo por la mañana, antes de las 13 h; por la tarde está con el comedor. Ojo: el polo azul marino "
             "está agotado en fábrica hasta septiembre, no comprometer fecha."),
    ],
    kps=[
        ("la propuesta y el muestrario salen mañana (miércoles)", ["propuesta", "muestrario"]),
        ("polo 12,50 €, pantalón o falda 17,90 €, chándal completo 32 €; escudo bordado con matriz de 95 € una sola vez",
         ["12,50 €", "17,90 €", "32 €", "95 €"]),
        ("tienda online para las familias a partir del jueves 1 de julio", ["1 de julio"]),
    ],
    must_not=["agotado", "no comprometer", "Llamada con Rocío", "lo miro"],
    slots=["si hay tallas de adulto hasta la XXL para los alumnos de 6º"],
))

# ---------------------------------------------------------------- 36
CASES.append(dict(
    nn=36, slug="mesas-laboratorio-facultad-ciencias-zaragoza",
    domain="mobiliario de laboratorio", lang="es", tz="Europe/Madrid", now="2032-06-10 09:45",
    cust=("Elena Gimeno", "egimeno@unebro.example.es"),
    rep=("Íñigo Sarasa", "isarasa@ebrolab-mobiliario.example.es",
         "Íñigo Sarasa\nEbrolab Mobiliario Técnico\n976 555 318"),
    shape="html", place=("Zaragoza", "Aragón", "es", None),
    kinds=["choice", "corr", "coll", "kept", "doc", "deadline", "time", "q"],
    notes="Jorge Bielsa (gerente) writes the last mail (<ol>); the total under the contrato menor limit was computed by the rep (kept); calls only 9-11.",
    sources=[
        out("2032-05-12 12:30", "Presupuesto mobiliario laboratorio docente",
            "Estimada Dra. Gimeno:\n\n"
            "Tal como hablamos, le paso el presupuesto para el laboratorio docente de la planta 2:\n\n"
            "- 8 mesas murales Mural 180 con encimera de resina: 1.240 € cada una\n"
            "- o bien 4 islas centrales Central 240: 2.150 € cada una\n"
            "- 24 taburetes regulables: 68 € cada uno\n"
            "- Montaje: 380 €\n\n"
            "Plazo de entrega: 5 semanas.\n\n"
            "Un saludo,\nÍñigo Sarasa"),
        inn("2032-05-21 13:10", "RE: Presupuesto mobiliario laboratorio docente",
            "<html><body><p>Hola, Íñigo:</p>"
            "<p>Lo hemos visto en la comisión de infraestructuras. Te resumo:</p>"
            "<ul>"
            "<li>Nos quedamos con las Mural 180, las islas no caben con las tomas de gas actuales.</li>"
            "<li>Pero son 10 mesas, no 8: entra también el laboratorio pequeño.</li>"
            "<li>Taburetes: 30.</li>"
            "<li>Ojo: el total tiene que quedar por debajo de 15.000 € sin IVA, que es el límite del contrato menor. ¿Nos cabe?</li>"
            "</ul>"
            "<p>Por favor, escríbeme por correo; por teléfono solo me pillas de 9 a 11.</p>"
            "<p>Un saludo,<br>Elena Gimeno<br>Vicedecana de Infraestructuras<br>Facultad de Ciencias, Universidad del Ebro<br>976 555 804</p>"
            "</body></html>", html=True),
        out("2032-05-24 10:00", "RE: Presupuesto mobiliario laboratorio docente",
            "Hola, Elena:\n\n"
            "Cabe. Con los nuevos números:\n\n"
            "- 10 mesas Mural 180: 12.400 €\n"
            "- 30 taburetes regulables: 2.040 €\n"
            "- Montaje: 380 €\n"
            "- Total: 14.820 € sin IVA\n\n"
            "Un saludo,\nÍñigo"),
        inn("2032-06-08 12:45", "RE: Presupuesto mobiliario laboratorio docente",
            "<html><body><p>Buenos días:</p>"
            "<p>Soy el gerente de la Facultad; Elena me ha pasado el expediente. Para tramitar el pedido:</p>"
            "<ol>"
            "<li>El decanato ha dado el visto bueno al presupuesto de 14.820 € sin IVA.</li>"
            "<li>La factura, a nombre de Universidad del Ebro - Facultad de Ciencias, indicando el expediente CM 044/32.</li>"
            "<li>El montaje solo puede hacerse entre el lunes 26 de julio y el viernes 6 de agosto; después la facultad cierra.</li>"
            "<li>&iquest;Podéis retirar las mesas viejas? &iquest;Con qué coste?</li>"
            "<li>Elena pregunta si la encimera de resina aguanta ácidos concentrados.</li>"
            "</ol>"
            "<p>Saludos,<br>Jorge Bielsa<br>Gerente, Facultad de Ciencias</p>"
            "</body></html>", html=True),
    ],
    kps=[
        ("pedido aprobado: 10 mesas Mural 180, 30 taburetes y montaje, total 14.820 € sin IVA",
         ["Mural 180", "14.820 €"]),
        ("factura a nombre de Universidad del Ebro - Facultad de Ciencias, expediente CM 044/32", ["CM 044/32"]),
        ("montaje entre el lunes 26 de julio y el viernes 6 de agosto", ["26 de julio", "6 de agosto"]),
    ],
    must_not=["Central 240", "2.150 €", "8 mesas", "24 taburetes", "976 555 804", "no caben"],
    slots=["si pueden retirar las mesas viejas y con qué coste",
           "si la encimera de resina aguanta ácidos concentrados"],
))

# ---------------------------------------------------------------- 37
CASES.append(dict(
    nn=37, slug="seguro-gira-de-estudios-colegio-santiago",
    domain="seguros de viaje escolar", lang="es", tz="America/Santiago", now="2032-06-08 10:00",
    cust=("Carolina Fuenzalida", "cfuenzalida@colegiolosaromos.example.cl"),
    rep=("Felipe Contreras", "fcontreras@cordillera-protect.example.cl",
         "Felipe Contreras\nCordillera Travel Protect\n+56 2 2555 4180"),
    shape="notes_mail", place=("Santiago", "Región Metropolitana", "es", None),
    kinds=["rev", "accept", "corr", "coll", "noteans", "kept", "doc", "deadline", "q"],
    notes="Rodrigo Saavedra (tesorero del centro de padres) writes the third source; pre-existing conditions and adult price answered in the note; Glorias Navales (Friday 21 May) as background.",
    sources=[
        note("2032-05-11 17:30",
             "Llamada Carolina Fuenzalida (inspectora general) + Rodrigo Saavedra (tesorero centro de padres), Colegio Los Aromos. "
             "Gira de estudios 3° medio al sur, en bus, 5 días, 38 alumnos + 4 adultos. Cotizado plan Básico $18.900 por persona, "
             "plan Plus (incluye deportes de nieve) $26.500 por persona. Necesitan la cotización para la asamblea de apoderados. "
             "Enviar el jueves."),
        out("2032-05-13 12:00", "Cotización seguro gira de estudios - Colegio Los Aromos",
            "Estimada Carolina, estimado Rodrigo:\n\n"
            "Como conversamos el martes, para 42 personas (38 alumnos y 4 adultos):\n\n"
            "- Plan Básico: $18.900 por persona\n"
            "- Plan Plus, con deportes de nieve: $26.500 por persona\n\n"
            "Ambos cubren gastos médicos, traslados de urgencia, equipaje y responsabilidad civil.\n\n"
            "Saludos cordiales,\nFelipe Contreras"),
        inn("2032-05-24 21:05", "RE: Cotización seguro gira de estudios - Colegio Los Aromos",
            "Hola Felipe,\n\n"
            "Perdona la demora, con el feriado largo del 21 se me pasó. La asamblea eligió el plan Plus (los cabros quieren esquiar sí o sí). Pero ahora van 41 alumnos, se sumaron tres, "
            "más 4 adultos: 45 en total. ¿Cubre enfermedades preexistentes como el asma? ¿Y los adultos pagan lo mismo?\n\n"
            "Saludos,\nRodrigo Saavedra\nTesorero, Centro General de Padres"),
        note("2032-05-27 16:45",
             "Llamada Rodrigo. 45 personas plan Plus. Adultos mismo precio. Descuento de grupo sobre 40 personas: $24.900 por "
             "persona. Asma: cubierta si está declarada en la ficha médica, se lo expliqué. Enviar póliza borrador el lunes. "
             "Interno: la reaseguradora aún no confirma el tope de evacuación aérea - no mencionar el monto."),
        out("2032-05-31 11:30", "Póliza borrador - gira de estudios Colegio Los Aromos",
            "Estimados Carolina y Rodrigo:\n\n"
            "Adjunto la póliza borrador:\n\n"
            "- Plan Plus para 45 personas (41 alumnos y 4 adultos)\n"
            "- Prima con descuento de grupo: $24.900 por persona, total $1.120.500\n"
            "- Enfermedades preexistentes cubiertas si están declaradas en la ficha médica\n\n"
            "Saludos cordiales,\nFelipe"),
        inn("2032-06-07 18:20", "RE: Póliza borrador - gira de estudios Colegio Los Aromos",
            "Felipe, buenas tardes:\n\n"
            "Está aprobado. Necesitamos la póliza definitiva a nombre del Centro General de Padres del Colegio Los Aromos antes del "
            "viernes 25 de junio, porque hay que presentar toda la documentación de la gira a más tardar el viernes 2 de julio. "
            "Te adjunto la nómina de los 45 viajeros.\n\n"
            "Las fechas quedaron así: salida el domingo 25 de julio y regreso el jueves 29 de julio.\n\n"
            "Una consulta de los apoderados: si un alumno se baja de la gira después de emitida la póliza, ¿se devuelve su prima?\n\n"
            "Saludos,\nCarolina Fuenzalida\nInspectora General\nColegio Los Aromos\n+56 9 5557 2210"),
    ],
    kps=[
        ("plan Plus para 45 personas a $24.900 por persona, total $1.120.500", ["plan Plus", "45 personas", "$24.900", "$1.120.500"]),
        ("póliza definitiva a nombre del Centro General de Padres del Colegio Los Aromos antes del viernes 25 de junio",
         ["Centro General de Padres", "25 de junio"]),
        ("viaje del domingo 25 de julio al jueves 29 de julio", ["25 de julio", "29 de julio"]),
    ],
    must_not=["$26.500", "$18.900", "38 alumnos", "42 personas", "reaseguradora", "evacuación aérea", "no mencionar",
              "Llamada Carolina", "Llamada Rodrigo", "+56 9 5557 2210", "los cabros"],
    slots=["si se devuelve la prima de un alumno que se baja de la gira después de emitida la póliza"],
))

# ---------------------------------------------------------------- 38
CASES.append(dict(
    nn=38, slug="proyectores-laser-salones-universidad-guadalajara",
    domain="proyectores", lang="es", tz="America/Mexico_City", now="2032-06-09 10:30",
    cust=("Adriana Villaseñor", "avillasenor@utvalle.example.mx"),
    rep=("Luis Ibarra", "luis.ibarra@proyecta-aulas.example.mx",
         "Luis Ibarra\nProyecta Aulas\n33 5555 0172"),
    shape="quoted", place=("Guadalajara", "Jalisco", "es", None),
    client="Zoho Mail",
    kinds=["choice", "corr", "coll", "relay", "doc", "deadline", "q"],
    notes="Zoho Mail quote header ('---- El lun, 07 jun 2032 16:05:11 -0600 X <...> escribió ----'), '>' quoted, two levels; Mtro. Cortés's question relayed.",
    sources=[
        inn("2032-06-08 11:30", "Re: Cotización proyectores para salones",
            "Hola Luis, buen día:\n\n"
            "Nos quedamos con el PX-55 de tiro ultracorto, los salones son chicos y con el otro los maestros se tapan la imagen. "
            "Eso sí, son 34 salones, no 30: se suman los 4 del edificio nuevo.\n\n"
            "El Mtro. Cortés, de Sistemas, pregunta si la garantía de 3 años cubre también la fuente láser o nada más el equipo.\n\n"
            "La instalación únicamente en vacaciones de verano, del lunes 12 de julio al viernes 6 de agosto. Necesitamos la "
            "cotización formal a nombre de Universidad Tapatía del Valle, A.C. antes del viernes 18 de junio, que es cuando sesiona "
            "el comité de adquisiciones.\n\n"
            "Saludos,\nMtra. Adriana Villaseñor\nCoordinación de Infraestructura\nUniversidad Tapatía del Valle\nTel. 33 5550 9127\n\n"
            "---- El lun, 07 jun 2032 16:05:11 -0600 Luis Ibarra <luis.ibarra@proyecta-aulas.example.mx> escribió ----\n\n"
            "> Mtra. Villaseñor, buenas tardes:\n"
            ">\n"
            "> Para 30 salones le propongo dos opciones:\n"
            ">\n"
            "> Opción A: proyector láser PX-40, 4,000 lúmenes, $18,900 MXN c/u\n"
            "> Opción B: proyector láser de tiro ultracorto PX-55, 5,500 lúmenes, $27,400 MXN c/u\n"
            ">\n"
            "> Instalación con soporte y cableado: $1,650 MXN por salón. Garantía de 3 años en ambos.\n"
            ">\n"
            "> Quedo atento,\n"
            "> Luis Ibarra\n"
            ">\n"
            "> ---- El jue, 03 jun 2032 09:48:30 -0600 Adriana Villaseñor <avillasenor@utvalle.example.mx> escribió ----\n"
            ">\n"
            ">> Buenos días:\n"
            ">>\n"
            ">> Queremos cambiar los proyectores de 30 salones del edificio B. ¿Nos puede cotizar con instalación?\n"
            ">>\n"
            ">> Adriana Villaseñor"),
    ],
    kps=[
        ("PX-55 de tiro ultracorto a $27,400 MXN por unidad, 34 salones, instalación $1,650 MXN por salón",
         ["PX-55", "$27,400", "34 salones", "$1,650"]),
        ("cotización formal a nombre de Universidad Tapatía del Valle, A.C. antes del viernes 18 de junio",
         ["Universidad Tapatía del Valle, A.C.", "18 de junio"]),
        ("instalación del lunes 12 de julio al viernes 6 de agosto", ["12 de julio", "6 de agosto"]),
    ],
    must_not=["PX-40", "$18,900", "Opción A", "30 salones", "33 5550 9127", "se tapan la imagen"],
    slots=["si la garantía de 3 años cubre también la fuente láser (pregunta del Mtro. Cortés)"],
))

# ---------------------------------------------------------------- 39
CASES.append(dict(
    nn=39, slug="cursos-ingles-docentes-unidad-educativa-quito-silencio",
    domain="cursos de idiomas", lang="es", tz="America/Guayaquil", now="2032-06-09 09:00",
    cust=("Verónica Paredes", "vparedes@uepichinchasur.example.ec"),
    rep=("Tomás Aguirre", "tomas.aguirre@idiomasandinos.example.ec",
         "Tomás Aguirre\nIdiomas Andinos\n02 255 5931"),
    shape="nodraft", place=("Quito", "Pichincha", "es", None),
    kinds=["quiet"], draft=False,
    notes="Quiet period to a date: 'le ruego que no me escriba ni me llame antes del lunes 5 de julio' (written Friday 4 June, now Wednesday 9 June).",
    sources=[
        out("2032-05-21 10:00", "Propuesta de capacitación en inglés para docentes",
            "Estimada Lcda. Paredes:\n\n"
            "Adjunto la propuesta: 60 horas de inglés para 25 docentes, en dos grupos por nivel, a USD 3.200 por grupo, con examen "
            "de ubicación y certificado.\n\n"
            "Atentamente,\nTomás Aguirre"),
        out("2032-06-03 09:20", "RE: Propuesta de capacitación en inglés para docentes",
            "Estimada Lcda. Paredes:\n\nQuería saber si pudo revisar la propuesta. Con gusto la visito para explicarla.\n\n"
            "Atentamente,\nTomás Aguirre"),
        inn("2032-06-04 07:35", "RE: Propuesta de capacitación en inglés para docentes",
            "Estimado Tomás:\n\n"
            "Estamos en exámenes de fin de quimestre y en el cierre del año lectivo, no tengo cabeza para nada más. Le ruego que no "
            "me escriba ni me llame antes del lunes 5 de julio; a partir de esa fecha reviso su propuesta con calma.\n\n"
            "Atentamente,\nLcda. Verónica Paredes\nVicerrectora"),
    ],
    kps=[], must_not=[], slots=[],
))

# ---------------------------------------------------------------- 40
CASES.append(dict(
    nn=40, slug="plataforma-teorica-escuela-de-manejo-rosario",
    domain="plataforma de aprendizaje", lang="es", tz="America/Argentina/Cordoba", now="2032-06-10 10:00",
    cust=("Lorena Bustos", "lorena@paranornorte-manejo.example.com.ar"),
    rep=("Florencia Acuña", "florencia@teoriaya.example.com.ar",
         "Florencia Acuña\nTeoríaYa\n+54 341 555 0193"),
    shape="notes_mail", place=("Rosario", "Santa Fe", "es", None),
    kinds=["rev", "accept", "coll", "noteans", "kept", "doc", "deadline", "q"],
    notes="Damián Ríos (instructor jefe) writes the third source; the 25 de mayo holiday (Tuesday) as background; annual discount and offline answered in the note; voseo.",
    sources=[
        note("2032-05-10 12:15",
             "Llamada Lorena Bustos, dueña de la Escuela de Manejo Paraná Norte. ~90 alumnos por mes. Quieren plataforma de teoría: "
             "simulacros de examen, videos, seguimiento de cada alumno. Plan Escuela ARS 1.900 por alumno activo/mes; plan Pro "
             "(con clases en vivo) ARS 2.600. Alta única ARS 85.000. Pregunta: ¿los simulacros están al día con el examen teórico "
             "de la provincia? -> sí, se actualizan cada trimestre, dicho. Mandar propuesta el miércoles."),
        out("2032-05-12 11:00", "Propuesta TeoríaYa - Escuela de Manejo Paraná Norte",
            "Hola Lorena:\n\n"
            "Como hablamos el lunes, te paso la propuesta:\n\n"
            "- Plan Escuela (simulacros, videos y seguimiento): ARS 1.900 por alumno activo por mes\n"
            "- Plan Pro (todo lo anterior + clases en vivo): ARS 2.600 por alumno activo por mes\n"
            "- Alta única: ARS 85.000\n\n"
            "Saludos,\nFlorencia"),
        inn("2032-05-20 19:40", "RE: Propuesta TeoríaYa - Escuela de Manejo Paraná Norte",
            "Hola Florencia, ¿cómo va?\n\n"
            "Lorena quiere el plan Escuela, las clases en vivo las damos nosotros. ¿Se puede pagar anual con descuento? ¿Y la app "
            "funciona sin conexión? Muchos chicos tienen los datos limitados.\n\n"
            "Abrazo,\nDamián Ríos\nInstructor jefe"),
        note("2032-05-26 10:30",
             "Llamada Damián + Lorena (después del feriado). Plan Escuela anual: 15% off -> ARS 1.615 por alumno/mes. Sin conexión: "
             "sí, se descargan videos y simulacros, explicado. Alta baja a ARS 60.000 si firman en junio. Mandar contrato el viernes. "
             "Interno: la app offline en iPhone falla con videos largos, el equipo lo arregla en julio - no decir nada."),
        out("2032-05-28 12:20", "Contrato TeoríaYa - Escuela de Manejo Paraná Norte",
            "Hola Lorena, hola Damián:\n\n"
            "Como quedamos el miércoles, les mando el contrato:\n\n"
            "- Plan Escuela, pago anual: ARS 1.615 por alumno activo por mes\n"
            "- Alta: ARS 60.000 si firmamos en junio\n"
            "- Uso sin conexión incluido (descarga de videos y simulacros)\n\n"
            "Saludos,\nFlorencia"),
        inn("2032-06-07 18:50", "RE: Contrato TeoríaYa - Escuela de Manejo Paraná Norte",
            "Hola Flor:\n\n"
            "¡Ya firmamos! Te mando el contrato escaneado. La factura, a nombre de Paraná Norte Servicios Educativos S.R.L., y "
            "por favor que sea tipo A.\n\n"
            "Queremos arrancar el lunes 5 de julio con el grupo de vacaciones de invierno. ¿Nos das una capacitación para los "
            "instructores antes? ¿Qué día podrías?\n\n"
            "Y otra: ¿podemos poner nuestro logo en la app?\n\n"
            "Gracias, genia.\nLorena\n\nLorena Bustos\nEscuela de Manejo Paraná Norte\n+54 9 341 555 6602"),
    ],
    kps=[
        ("contrato firmado: plan Escuela anual a ARS 1.615 por alumno activo por mes, alta ARS 60.000",
         ["plan Escuela", "ARS 1.615", "ARS 60.000"]),
        ("factura tipo A a nombre de Paraná Norte Servicios Educativos S.R.L.",
         ["Paraná Norte Servicios Educativos S.R.L.", "tipo A"]),
        ("arranque el lunes 5 de julio con el grupo de vacaciones de invierno", ["5 de julio"]),
    ],
    must_not=["ARS 1.900", "ARS 2.600", "ARS 85.000", "plan Pro", "falla con videos", "no decir nada",
              "Llamada Lorena", "Llamada Damián", "+54 9 341 555 6602", "genia"],
    slots=["qué día puede darse la capacitación para los instructores antes del lunes 5 de julio",
           "si pueden poner su logo en la app"],
))
