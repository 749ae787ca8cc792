import type { TextBook } from './types'

/** Skilled trades, driving and public safety. Every sentence here is written by Career Atlas. */
export const TRADES_AND_SAFETY: TextBook = {
  '47-2111.00': {
    description:
      'Electricians put in, fix and test the wiring that brings power to homes, schools, stores and factories. Most learn through a paid apprenticeship and need a license to work on their own.',
    tasks: [
      ['C', 'Read building plans to see where wires, outlets and lights will go.'],
      ['C', 'Run wire through walls and connect switches, outlets and breaker panels.'],
      ['C', 'Find and fix electrical problems with testing meters.'],
      ['C', 'Follow the electrical code so the work is safe and passes inspection.'],
      ['C', 'Replace old or damaged wiring and parts.'],
      ['S', 'Install lighting, alarms or solar panels.'],
      ['S', 'Train apprentices who are learning the trade.'],
    ],
  },
  '47-2152.00': {
    description:
      'Plumbers and pipefitters install and repair the pipes that carry water, gas and waste in buildings. They fix leaks, put in sinks and water heaters, and often learn through an apprenticeship.',
    tasks: [
      ['C', 'Measure, cut and join pipes made of copper, plastic or steel.'],
      ['C', 'Install sinks, toilets, showers and water heaters.'],
      ['C', 'Find and fix leaks and clogged drains.'],
      ['C', 'Read plans to see where pipes should run.'],
      ['C', 'Test pipe systems for pressure and leaks before walls are closed up.'],
      ['S', 'Give customers a price for the job.'],
      ['S', 'Dig trenches or cut through walls to reach pipes.'],
    ],
  },
  '49-9021.00': {
    description:
      'HVAC technicians put in and repair heating, air conditioning and refrigeration systems. They keep homes, schools and stores comfortable and food cold, and they are busy all year.',
    tasks: [
      ['C', 'Install furnaces, air conditioners, heat pumps and ductwork.'],
      ['C', 'Figure out why a system is not heating or cooling and repair it.'],
      ['C', 'Check refrigerant levels and handle refrigerant by the safety rules.'],
      ['C', 'Clean and tune up systems during regular service visits.'],
      ['S', 'Wire thermostats and controls.'],
      ['S', 'Explain to customers how to keep their system running well.'],
      ['S', 'Keep records of parts used and time worked.'],
    ],
  },
  '47-2031.00': {
    description:
      'Carpenters build and repair things made of wood and other materials, from house frames to stairs, cabinets and doors. They work on building sites and in homes, and many learn on the job or through an apprenticeship.',
    tasks: [
      ['C', 'Read plans and measure and mark wood and other materials.'],
      ['C', 'Cut and shape pieces with saws, drills and other tools.'],
      ['C', 'Build frames for walls, floors and roofs.'],
      ['C', 'Install doors, windows, stairs and trim.'],
      ['C', 'Check that work is level, square and solid.'],
      ['S', 'Repair damaged walls, decks and cabinets.'],
      ['S', 'Build wooden forms that hold concrete while it hardens.'],
    ],
  },
  '51-4121.00': {
    description:
      'Welders join metal parts together with heat, using torches and welding machines. They work in factories, shipyards, construction and repair shops, and careful safety habits are a big part of the job.',
    tasks: [
      ['C', 'Read drawings to see which pieces to join and how.'],
      ['C', 'Set up and run welding equipment for the type of metal.'],
      ['C', 'Join metal pieces with neat, strong welds.'],
      ['C', 'Inspect welds and grind or fix any weak spots.'],
      ['C', 'Wear helmets, gloves and other gear to stay safe from heat and sparks.'],
      ['S', 'Cut metal with torches or plasma cutters.'],
      ['S', 'Clean and take care of welding machines.'],
    ],
  },
  '49-3023.00': {
    description:
      "Automotive service technicians, often called mechanics, find and fix problems in cars and light trucks. Today's cars are full of computers, so they use scan tools as much as wrenches.",
    tasks: [
      ['C', 'Talk with drivers about what the car is doing wrong.'],
      ['C', "Plug in scan tools to read the car's computer codes."],
      ['C', 'Repair or replace brakes, engines, steering and other parts.'],
      ['C', 'Change oil, rotate tires and do other regular service.'],
      ['C', 'Test-drive vehicles to make sure the repair worked.'],
      ['S', 'Explain repairs and costs to customers.'],
      ['S', 'Work on hybrid and electric vehicles with special training.'],
    ],
  },
  '53-3032.00': {
    description:
      "Heavy and tractor-trailer truck drivers move goods across town or across the country in big rigs. They need a commercial driver's license and often spend days on the road.",
    tasks: [
      ['C', 'Drive large trucks safely on highways and city streets.'],
      ['C', 'Inspect the truck, tires and brakes before and after each trip.'],
      ['C', 'Plan routes and follow rules about how many hours they may drive.'],
      ['C', 'Make sure loads are tied down and balanced.'],
      ['S', 'Log driving hours and deliveries on an electronic device.'],
      ['S', 'Report problems with the truck to the company.'],
      ['S', 'Help load and unload cargo at stops.'],
    ],
  },
  '33-3051.00': {
    description:
      "Police and sheriff's patrol officers protect people and property in their town or county. They patrol, answer emergency calls, help at accidents and arrest people who break the law.",
    tasks: [
      ['C', 'Patrol an area by car, bike or on foot and watch for trouble.'],
      ['C', 'Answer 911 calls about crimes, fights and accidents.'],
      ['C', 'Talk with witnesses and collect evidence.'],
      ['C', 'Write clear reports about what happened.'],
      ['C', 'Arrest suspects and explain their rights to them.'],
      ['S', 'Direct traffic and give tickets.'],
      ['S', 'Speak in court about cases they worked on.'],
      ['S', 'Visit schools and neighborhood meetings to build trust.'],
    ],
  },
  '33-3051.04': {
    description:
      "Customs and border protection officers guard the country's borders, airports and seaports. They check travelers, papers and cargo to stop illegal goods and people from entering.",
    tasks: [
      ['C', 'Check passports, visas and other travel papers.'],
      ['C', 'Ask travelers questions about their trip and what they are bringing.'],
      ['C', 'Search bags, vehicles and shipping containers.'],
      ['C', 'Collect taxes owed on goods brought into the country.'],
      ['S', 'Work with dogs trained to find drugs or other banned items.'],
      ['S', 'Detain people who break immigration or customs laws.'],
      ['S', 'Write reports about what they found.'],
    ],
  },
  '33-2011.00': {
    description:
      'Firefighters put out fires and rescue people, but most of their calls are medical emergencies and accidents. They live and train together at the fire station during long shifts.',
    tasks: [
      ['C', 'Drive fire trucks and set up hoses, pumps and ladders.'],
      ['C', 'Put out fires in homes, buildings, cars and wild land.'],
      ['C', 'Search burning buildings and rescue people and pets.'],
      ['C', 'Give first aid and help EMTs at medical calls.'],
      ['C', 'Check and clean equipment so it is always ready.'],
      ['S', 'Teach the public about fire safety.'],
      ['S', 'Inspect buildings for fire hazards.'],
      ['S', 'Train often to stay fit and practice rescues.'],
    ],
  },
}
